"""Delete Dialout: `DELETE /dialouts/{dialout_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dialout_sid: str,
) -> rt.Request:
    """Delete Dialout. Cancel and remove a scheduled dialout.

    Args:
        dialout_sid: Dialout SID.
    """
    return rt.Request(
        "DELETE",
        f"/dialouts/{rt.segment('dialout_sid', dialout_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_dialout`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dialout_sid: str,
) -> None:
    """Send `delete_dialout` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dialout_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
