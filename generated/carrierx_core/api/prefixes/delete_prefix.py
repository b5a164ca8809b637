"""Delete Prefix: `DELETE /phonenumber/prefixes/{prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    prefix_sid: str,
) -> rt.Request:
    """Delete Prefix. Deletes a routing prefix.

    Args:
        prefix_sid: The prefix secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/phonenumber/prefixes/{rt.segment('prefix_sid', prefix_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    prefix_sid: str,
) -> None:
    """Send `delete_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        prefix_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
