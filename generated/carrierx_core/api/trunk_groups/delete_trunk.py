"""Delete Trunk: `DELETE /trunk_groups/{trunk_group_sid}/trunks/{trunk_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    trunk_sid: str,
) -> rt.Request:
    """Delete Trunk. Removes a trunk from its trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        trunk_sid: Secure ID of the trunk.
    """
    return rt.Request(
        "DELETE",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}/trunks/{rt.segment('trunk_sid', trunk_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_trunk`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    trunk_sid: str,
) -> None:
    """Send `delete_trunk` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        trunk_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
