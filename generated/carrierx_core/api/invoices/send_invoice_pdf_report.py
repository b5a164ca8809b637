"""Send Invoice PDF Report by SID to Email Addresses: `POST /invoices/{invoice_sid}.pdf/emails`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.invoice_emails_request import InvoiceEmailsRequest, InvoiceEmailsRequestParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    invoice_sid: str,
    *,
    body: InvoiceEmailsRequest | InvoiceEmailsRequestParams,
) -> rt.Request:
    """Send Invoice PDF Report by SID to Email Addresses. E-mails the invoice as PDF to the given addresses.

    Args:
        invoice_sid: Invoice secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/invoices/{rt.segment('invoice_sid', invoice_sid)}.pdf/emails",
        rt.query(),
        *rt.form_body(InvoiceEmailsRequest, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `send_invoice_pdf_report`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    invoice_sid: str,
    *,
    body: InvoiceEmailsRequest | InvoiceEmailsRequestParams,
) -> None:
    """Send `send_invoice_pdf_report` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        invoice_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
