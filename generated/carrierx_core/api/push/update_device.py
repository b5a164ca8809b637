"""Update Device: `PATCH /push/devices/{device_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.push_device import PushDevice
from carrierx_core.models.push_device_update import PushDeviceUpdate, PushDeviceUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    device_sid: str,
    *,
    body: PushDeviceUpdate | PushDeviceUpdateParams,
) -> rt.Request:
    """Update Device. Changes only the given fields of a push device.

    Args:
        device_sid: SID of the device.
        body: The fields to send.
    """
    return rt.Request(
        "PATCH",
        f"/push/devices/{rt.segment('device_sid', device_sid)}",
        rt.query(),
        *rt.json_body(PushDeviceUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushDevice:
    """The typed answer of `update_device`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushDevice.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    device_sid: str,
    *,
    body: PushDeviceUpdate | PushDeviceUpdateParams,
) -> PushDevice:
    """Send `update_device` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        device_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
