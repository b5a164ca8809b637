"""Delete Device: `DELETE /push/devices/{device_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    device_sid: str,
) -> rt.Request:
    """Delete Device. Deletes a push device.

    Args:
        device_sid: SID of the device.
    """
    return rt.Request(
        "DELETE",
        f"/push/devices/{rt.segment('device_sid', device_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_device`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    device_sid: str,
) -> None:
    """Send `delete_device` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        device_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
