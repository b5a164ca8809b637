"""Get Invoice HTML Report by SID: `GET /billing/invoices/{invoice_sid}.html`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    invoice_sid: str,
) -> rt.Request:
    """Get Invoice HTML Report by SID. Downloads the invoice as an HTML document.

    Args:
        invoice_sid: Invoice secure ID.
    """
    return rt.Request(
        "GET",
        f"/billing/invoices/{rt.segment('invoice_sid', invoice_sid)}.html",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `get_billing_invoice_html_report`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    invoice_sid: str,
) -> bytes:
    """Send `get_billing_invoice_html_report` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        invoice_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
