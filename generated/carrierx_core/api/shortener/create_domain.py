"""Create Domain: `POST /shortener/domains`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.shortener_domain import ShortenerDomain
from carrierx_core.models.shortener_domain_create import ShortenerDomainCreate, ShortenerDomainCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: ShortenerDomainCreate | ShortenerDomainCreateParams,
) -> rt.Request:
    """Create Domain. Adds a domain for short links.

    Args:
        body: The fields to send.
    """
    return rt.Request(
        "POST",
        "/shortener/domains",
        rt.query(),
        *rt.json_body(ShortenerDomainCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerDomain:
    """The typed answer of `create_domain`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerDomain.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: ShortenerDomainCreate | ShortenerDomainCreateParams,
) -> ShortenerDomain:
    """Send `create_domain` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
