"""Update DID Group: `PATCH /did_groups/{did_group_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference_v2.models.did_group import DidGroup
from carrierx_conference_v2.models.did_group_update import DidGroupUpdate, DidGroupUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_group_sid: str,
    *,
    body: DidGroupUpdate | DidGroupUpdateParams,
) -> rt.Request:
    """Update DID Group. Change some fields of a DID group; the others keep their values.

    Args:
        did_group_sid: DID group SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/did_groups/{rt.segment('did_group_sid', did_group_sid)}",
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
    did_group_sid: str,
    *,
    body: DidGroupUpdate | DidGroupUpdateParams,
) -> DidGroup:
    """Send `update_did_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_group_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
