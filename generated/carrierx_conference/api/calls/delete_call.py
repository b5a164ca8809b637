"""Delete Call: `DELETE /calls/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
) -> rt.Request:
    """Delete Call. Disconnect a live call.

    Args:
        id: The call ID.
    """
    return rt.Request(
        "DELETE",
        f"/calls/{rt.segment('id', id)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_call`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    id: int | str,
) -> None:
    """Send `delete_call` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
    )
    return parse_response(*await rt.send_httpx(client, request))
