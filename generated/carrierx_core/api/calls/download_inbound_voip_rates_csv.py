"""Download CSV of Inbound VoIP Rates: `GET /calls/rates/inbound/voip/{sub_type}/csv`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sub_type: str,
) -> rt.Request:
    """Download CSV of Inbound VoIP Rates. Downloads the inbound VoIP rates of one endpoint type as CSV.

    Args:
        sub_type: Endpoint type whose VoIP rates are listed.
    """
    return rt.Request(
        "GET",
        f"/calls/rates/inbound/voip/{rt.segment('sub_type', sub_type)}/csv",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `download_inbound_voip_rates_csv`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sub_type: str,
) -> bytes:
    """Send `download_inbound_voip_rates_csv` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sub_type,
    )
    return parse_response(*await rt.send_httpx(client, request))
