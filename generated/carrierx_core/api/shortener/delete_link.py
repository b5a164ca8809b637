"""Delete Link: `DELETE /shortener/links/{link_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    link_sid: str,
) -> rt.Request:
    """Delete Link. Deletes a short link.

    Args:
        link_sid: SID of the link.
    """
    return rt.Request(
        "DELETE",
        f"/shortener/links/{rt.segment('link_sid', link_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_link`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    link_sid: str,
) -> None:
    """Send `delete_link` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        link_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
