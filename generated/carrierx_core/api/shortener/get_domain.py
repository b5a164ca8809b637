"""Get Domain by SID: `GET /shortener/domains/{domain_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.shortener_domain import ShortenerDomain, ShortenerDomainFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    domain_sid: str,
    *,
    include_fields: str | Fields[ShortenerDomainFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortenerDomainFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Domain by SID. Returns one shortener domain.

    Args:
        domain_sid: SID of the domain.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/shortener/domains/{rt.segment('domain_sid', domain_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, ShortenerDomain.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, ShortenerDomain.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerDomain:
    """The typed answer of `get_domain`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerDomain.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    domain_sid: str,
    *,
    include_fields: str | Fields[ShortenerDomainFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortenerDomainFieldName] | Unset = UNSET,
) -> ShortenerDomain:
    """Send `get_domain` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        domain_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
