"""Update DID: `PUT /dids/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.did import Did
from carrierx_conference.models.did_update import DidUpdate, DidUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
    *,
    body: DidUpdate | DidUpdateParams,
) -> rt.Request:
    """Update DID. Change a DID; only the fields sent change.

    Args:
        id: The DID ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/dids/{rt.segment('id', id)}",
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
    id: int | str,
    *,
    body: DidUpdate | DidUpdateParams,
) -> Did:
    """Send `update_did` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
