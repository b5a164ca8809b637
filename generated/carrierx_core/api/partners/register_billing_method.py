"""Register Billing Method: `POST /partners/{partner_sid}/billing_method`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.billing_method import BillingMethod
from carrierx_core.models.billing_method_create import BillingMethodCreate, BillingMethodCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    partner_sid: str,
    *,
    body: BillingMethodCreate | BillingMethodCreateParams,
) -> rt.Request:
    """Register Billing Method. Registers the partner's billing method.

    Args:
        partner_sid: Partner secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/partners/{rt.segment('partner_sid', partner_sid)}/billing_method",
        rt.query(),
        *rt.json_body(BillingMethodCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BillingMethod:
    """The typed answer of `register_billing_method`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BillingMethod.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    partner_sid: str,
    *,
    body: BillingMethodCreate | BillingMethodCreateParams,
) -> BillingMethod:
    """Send `register_billing_method` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        partner_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
