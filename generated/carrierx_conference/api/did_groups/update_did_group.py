"""Update DID Group: `PUT /didGroups/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.did_group import DidGroup
from carrierx_conference.models.did_group_update import DidGroupUpdate, DidGroupUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
    *,
    body: DidGroupUpdate | DidGroupUpdateParams,
) -> rt.Request:
    """Update DID Group. Change a DID group; only the fields sent change.

    Args:
        id: The DID group ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/didGroups/{rt.segment('id', id)}",
        rt.query(),
        *rt.json_body(DidGroupUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidGroup:
    """The typed answer of `update_did_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    id: int | str,
    *,
    body: DidGroupUpdate | DidGroupUpdateParams,
) -> DidGroup:
    """Send `update_did_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
