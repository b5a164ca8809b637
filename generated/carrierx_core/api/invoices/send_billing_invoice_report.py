"""Send Invoice Report by SID to Default Email Address: `POST /billing/invoices/{invoice_sid}/emails`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    invoice_sid: str,
) -> rt.Request:
    """Send Invoice Report by SID to Default Email Address. Re-sends the invoice as a PDF attachment to the partner's billing_email.

    Args:
        invoice_sid: Invoice secure ID.
    """
    return rt.Request(
        "POST",
        f"/billing/invoices/{rt.segment('invoice_sid', invoice_sid)}/emails",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `send_billing_invoice_report`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    invoice_sid: str,
) -> None:
    """Send `send_billing_invoice_report` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        invoice_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
