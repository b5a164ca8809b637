"""Get Link by SID: `GET /shortener/links/{link_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.shortener_link import ShortenerLink, ShortenerLinkFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    link_sid: str,
    *,
    include_fields: str | Fields[ShortenerLinkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortenerLinkFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Link by SID. Returns one short link.

    Args:
        link_sid: SID of the link.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/shortener/links/{rt.segment('link_sid', link_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, ShortenerLink.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, ShortenerLink.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortenerLink:
    """The typed answer of `get_link`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortenerLink.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    link_sid: str,
    *,
    include_fields: str | Fields[ShortenerLinkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortenerLinkFieldName] | Unset = UNSET,
) -> ShortenerLink:
    """Send `get_link` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        link_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
