"""Get Country by IP Address: `GET /countries/ip/{ip_address}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.country_ip_location import CountryIpLocation

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    ip_address: str,
) -> rt.Request:
    """Get Country by IP Address. Returns where an IPv4 address is located. Must be enabled by CarrierX support.

    Args:
        ip_address: IPv4 address.
    """
    return rt.Request(
        "GET",
        f"/countries/ip/{rt.segment('ip_address', ip_address)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CountryIpLocation:
    """The typed answer of `get_country_by_ip_address`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CountryIpLocation.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    ip_address: str,
) -> CountryIpLocation:
    """Send `get_country_by_ip_address` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        ip_address,
    )
    return parse_response(*await rt.send_httpx(client, request))
