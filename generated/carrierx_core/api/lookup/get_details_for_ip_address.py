"""Get Details for IP Address: `GET /lookup/lookup/ip_addresses/{ip_address}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.ip_address_lookup import IpAddressLookup

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    ip_address: str,
) -> rt.Request:
    """Get Details for IP Address. Returns location details of an IP address.

    Args:
        ip_address: The IP address to look up.
    """
    return rt.Request(
        "GET",
        f"/lookup/lookup/ip_addresses/{rt.segment('ip_address', ip_address)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> IpAddressLookup:
    """The typed answer of `get_details_for_ip_address`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return IpAddressLookup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    ip_address: str,
) -> IpAddressLookup:
    """Send `get_details_for_ip_address` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        ip_address,
    )
    return parse_response(*await rt.send_httpx(client, request))
