"""Get Short Code by SID: `GET /phonenumber/short_codes/{short_code_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.short_code import ShortCode, ShortCodeFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    short_code_sid: str,
    *,
    include_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get Short Code by SID. Returns one short code.

    Args:
        short_code_sid: The short code secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/short_codes/{rt.segment('short_code_sid', short_code_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, ShortCode.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, ShortCode.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortCode:
    """The typed answer of `get_short_code`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortCode.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    short_code_sid: str,
    *,
    include_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> ShortCode:
    """Send `get_short_code` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        short_code_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
