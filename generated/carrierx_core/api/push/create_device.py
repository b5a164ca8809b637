"""Create Device to Send Push Notifications: `POST /push/devices`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.push_device import PushDevice
from carrierx_core.models.push_device_create import PushDeviceCreate, PushDeviceCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PushDeviceCreate | PushDeviceCreateParams,
    reuse: bool | Unset = UNSET,
) -> rt.Request:
    """Create Device to Send Push Notifications. Registers a device that can receive push notifications from an application.

    Args:
        reuse: Return an existing device with the same token, type and environment instead of creating
            a new one. CarrierX's default: true.
        body: The fields to send.
    """
    return rt.Request(
        "POST",
        "/push/devices",
        rt.query(
            ("reuse", reuse),
        ),
        *rt.json_body(PushDeviceCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushDevice:
    """The typed answer of `create_device`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushDevice.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PushDeviceCreate | PushDeviceCreateParams,
    reuse: bool | Unset = UNSET,
) -> PushDevice:
    """Send `create_device` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        reuse=reuse,
    )
    return parse_response(*await rt.send_httpx(client, request))
