"""Update DID Line Information: `PUT /phonenumber/dids/{did_sid}/line_information`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.did_line_information import DidLineInformation
from carrierx_core.models.did_line_information_update import DidLineInformationUpdate, DidLineInformationUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
    *,
    body: DidLineInformationUpdate | DidLineInformationUpdateParams,
) -> rt.Request:
    """Update DID Line Information. Replaces the line information of a DID.

    Args:
        did_sid: The DID secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}/line_information",
        rt.query(),
        *rt.json_body(DidLineInformationUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidLineInformation:
    """The typed answer of `replace_did_line_information`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidLineInformation.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
    *,
    body: DidLineInformationUpdate | DidLineInformationUpdateParams,
) -> DidLineInformation:
    """Send `replace_did_line_information` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
