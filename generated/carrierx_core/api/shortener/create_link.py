"""Create Link: `POST /shortener/links`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.shortener_link import ShortenerLink
from carrierx_core.models.shortener_link_create import ShortenerLinkCreate, ShortenerLinkCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: ShortenerLinkCreate | ShortenerLinkCreateParams,
    reuse: bool | Unset = UNSET,
) -> rt.Request:
    """Create Link. Creates a short link on a domain.

    Args:
        reuse: Return an existing link with the same destination instead of creating one. CarrierX's
            default: false.
        body: The fields to send.
    """
    return rt.Request(
        "POST",
        "/shortener/links",
        rt.query(
            ("reuse", reuse),
        ),
        *rt.json_body(ShortenerLinkCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerLink:
    """The typed answer of `create_link`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerLink.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: ShortenerLinkCreate | ShortenerLinkCreateParams,
    reuse: bool | Unset = UNSET,
) -> ShortenerLink:
    """Send `create_link` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        reuse=reuse,
    )
    return parse_response(*await rt.send_httpx(client, request))
