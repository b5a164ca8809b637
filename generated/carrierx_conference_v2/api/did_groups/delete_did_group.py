"""Delete DID Group: `DELETE /did_groups/{did_group_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_group_sid: str,
) -> rt.Request:
    """Delete DID Group. Delete a DID group.

    Args:
        did_group_sid: DID group SID.
    """
    return rt.Request(
        "DELETE",
        f"/did_groups/{rt.segment('did_group_sid', did_group_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_did_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_group_sid: str,
) -> None:
    """Send `delete_did_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_group_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
