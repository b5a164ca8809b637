"""Delete Subscriber: `DELETE /subscribers/{sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
) -> rt.Request:
    """Delete Subscriber. Delete a subscriber.

    Args:
        sid: The subscriber identifier (not a UUID).
    """
    return rt.Request(
        "DELETE",
        f"/subscribers/{rt.segment('sid', sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
) -> None:
    """Send `delete_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
