"""Get Current Partner: `GET /oauth/whoami`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.partner import Partner, PartnerFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    include_fields: str | Fields[PartnerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PartnerFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Current Partner. Returns the partner the token belongs to.

    Args:
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/oauth/whoami",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Partner.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Partner.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Partner:
    """The typed answer of `get_current_partner`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Partner.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    include_fields: str | Fields[PartnerFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PartnerFieldName] | Unset = UNSET,
) -> Partner:
    """Send `get_current_partner` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
