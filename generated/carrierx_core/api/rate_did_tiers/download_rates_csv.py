"""Download CSV with Rates: `GET /phonenumber/rates/csv`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    filter_: str | Unset = UNSET,
) -> rt.Request:
    """Download CSV with Rates. Downloads the DID rental rates as a CSV file.

    Args:
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
    """
    return rt.Request(
        "GET",
        "/phonenumber/rates/csv",
        rt.query(
            ("filter", filter_),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `download_rates_csv`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    filter_: str | Unset = UNSET,
) -> bytes:
    """Send `download_rates_csv` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        filter_=filter_,
    )
    return parse_response(*await rt.send_httpx(client, request))
