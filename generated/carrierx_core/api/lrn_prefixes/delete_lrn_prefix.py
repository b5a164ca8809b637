"""Delete LRN Prefix: `DELETE /phonenumber/lrn_prefixes/{lrn_prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    lrn_prefix_sid: str,
) -> rt.Request:
    """Delete LRN Prefix. Deletes an LRN routing prefix.

    Args:
        lrn_prefix_sid: The LRN prefix secure ID.
    """
    return rt.Request(
        "DELETE",
        f"/phonenumber/lrn_prefixes/{rt.segment('lrn_prefix_sid', lrn_prefix_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_lrn_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    lrn_prefix_sid: str,
) -> None:
    """Send `delete_lrn_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        lrn_prefix_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
