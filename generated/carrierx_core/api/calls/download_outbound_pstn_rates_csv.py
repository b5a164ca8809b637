"""Download CSV of Outbound PSTN Rates: `GET /calls/rates/outbound/pstn/csv`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request() -> rt.Request:
    """Download CSV of Outbound PSTN Rates. Downloads the outbound PSTN rates as CSV."""
    return rt.Request(
        "GET",
        "/calls/rates/outbound/pstn/csv",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `download_outbound_pstn_rates_csv`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
) -> bytes:
    """Send `download_outbound_pstn_rates_csv` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request()
    return parse_response(*await rt.send_httpx(client, request))
