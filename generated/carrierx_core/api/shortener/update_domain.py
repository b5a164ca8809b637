"""Update Domain: `PATCH /shortener/domains/{domain_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.shortener_domain import ShortenerDomain
from carrierx_core.models.shortener_domain_update import ShortenerDomainUpdate, ShortenerDomainUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    domain_sid: str,
    *,
    body: ShortenerDomainUpdate | ShortenerDomainUpdateParams,
) -> rt.Request:
    """Update Domain. Changes only the given fields of a shortener domain.

    Args:
        domain_sid: SID of the domain.
        body: The fields to send.
    """
    return rt.Request(
        "PATCH",
        f"/shortener/domains/{rt.segment('domain_sid', domain_sid)}",
        rt.query(),
        *rt.json_body(ShortenerDomainUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerDomain:
    """The typed answer of `update_domain`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerDomain.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    domain_sid: str,
    *,
    body: ShortenerDomainUpdate | ShortenerDomainUpdateParams,
) -> ShortenerDomain:
    """Send `update_domain` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        domain_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
