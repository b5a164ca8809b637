"""Update Partner: `PUT /partners/{partner_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.partner import Partner
from carrierx_core.models.partner_update import PartnerUpdate, PartnerUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    partner_sid: str,
    *,
    body: PartnerUpdate | PartnerUpdateParams,
) -> rt.Request:
    """Update Partner. Replaces a whole partner.

    Args:
        partner_sid: Partner secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/partners/{rt.segment('partner_sid', partner_sid)}",
        rt.query(),
        *rt.json_body(PartnerUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Partner:
    """The typed answer of `replace_partner`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Partner.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    partner_sid: str,
    *,
    body: PartnerUpdate | PartnerUpdateParams,
) -> Partner:
    """Send `replace_partner` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        partner_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
