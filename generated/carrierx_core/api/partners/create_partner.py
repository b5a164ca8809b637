"""Create Partner: `POST /partners`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.partner import Partner
from carrierx_core.models.partner_create import PartnerCreate, PartnerCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PartnerCreate | PartnerCreateParams,
) -> rt.Request:
    """Create Partner. Creates a sub-partner; it stays hidden from lists until its e-mail address is verified.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/partners",
        rt.query(),
        *rt.json_body(PartnerCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Partner:
    """The typed answer of `create_partner`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Partner.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PartnerCreate | PartnerCreateParams,
) -> Partner:
    """Send `create_partner` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
