"""Update Link: `PUT /shortener/links/{link_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.shortener_link import ShortenerLink
from carrierx_core.models.shortener_link_update import ShortenerLinkUpdate, ShortenerLinkUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    link_sid: str,
    *,
    body: ShortenerLinkUpdate | ShortenerLinkUpdateParams,
) -> rt.Request:
    """Update Link. Replaces a whole short link; read-only fields stay as they are.

    Args:
        link_sid: SID of the link.
        body: The fields to send.
    """
    return rt.Request(
        "PUT",
        f"/shortener/links/{rt.segment('link_sid', link_sid)}",
        rt.query(),
        *rt.json_body(ShortenerLinkUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerLink:
    """The typed answer of `replace_link`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerLink.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    link_sid: str,
    *,
    body: ShortenerLinkUpdate | ShortenerLinkUpdateParams,
) -> ShortenerLink:
    """Send `replace_link` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        link_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
