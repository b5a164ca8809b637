"""Get Invoice by SID: `GET /billing/invoices/{invoice_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.invoice import Invoice, InvoiceFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    invoice_sid: str,
    *,
    include_fields: str | Fields[InvoiceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[InvoiceFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Invoice by SID. Returns one invoice.

    Args:
        invoice_sid: Invoice secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/billing/invoices/{rt.segment('invoice_sid', invoice_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Invoice.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Invoice.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Invoice:
    """The typed answer of `get_billing_invoice`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Invoice.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    invoice_sid: str,
    *,
    include_fields: str | Fields[InvoiceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[InvoiceFieldName] | Unset = UNSET,
) -> Invoice:
    """Send `get_billing_invoice` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        invoice_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
