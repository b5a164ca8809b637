"""Get Billing Method by Partner SID: `GET /partners/{partner_sid}/billing_method`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.billing_method import BillingMethod

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    partner_sid: str,
) -> rt.Request:
    """Get Billing Method by Partner SID. Returns the partner's billing method.

    Args:
        partner_sid: Partner secure ID.
    """
    return rt.Request(
        "GET",
        f"/partners/{rt.segment('partner_sid', partner_sid)}/billing_method",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> BillingMethod:
    """The typed answer of `get_billing_method`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return BillingMethod.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    partner_sid: str,
) -> BillingMethod:
    """Send `get_billing_method` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        partner_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
