"""Log Out Subscriber: `POST /subscribers/logout`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request() -> rt.Request:
    """Log Out Subscriber. End the current subscriber's session. `logout` is a literal path segment."""
    return rt.Request(
        "POST",
        "/subscribers/logout",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `log_out_subscriber`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
) -> None:
    """Send `log_out_subscriber` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request()
    return parse_response(*await rt.send_httpx(client, request))
