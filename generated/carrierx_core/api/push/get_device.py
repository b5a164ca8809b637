"""Get Device by SID: `GET /push/devices/{device_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.push_device import PushDevice, PushDeviceFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    device_sid: str,
    *,
    include_fields: str | Fields[PushDeviceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PushDeviceFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get Device by SID. Returns one push device.

    Args:
        device_sid: SID of the device.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        f"/push/devices/{rt.segment('device_sid', device_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, PushDevice.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, PushDevice.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushDevice:
    """The typed answer of `get_device`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushDevice.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    device_sid: str,
    *,
    include_fields: str | Fields[PushDeviceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PushDeviceFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> PushDevice:
    """Send `get_device` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        device_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
