"""Update DID: `PATCH /phonenumber/dids/{did_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.did import Did
from carrierx_core.models.did_update import DidUpdate, DidUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
    *,
    body: DidUpdate | DidUpdateParams,
) -> rt.Request:
    """Update DID. Changes the fields sent and leaves the others as they are.

    Args:
        did_sid: The DID secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}",
        rt.query(),
        *rt.json_body(DidUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Did:
    """The typed answer of `update_did`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Did.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
    *,
    body: DidUpdate | DidUpdateParams,
) -> Did:
    """Send `update_did` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
