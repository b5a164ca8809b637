"""Get Prefix by SID: `GET /phonenumber/prefixes/{prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.prefix import Prefix, PrefixFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    prefix_sid: str,
    *,
    include_fields: str | Fields[PrefixFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PrefixFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get Prefix by SID. Returns one routing prefix.

    Args:
        prefix_sid: The prefix secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/prefixes/{rt.segment('prefix_sid', prefix_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Prefix.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Prefix.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Prefix:
    """The typed answer of `get_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Prefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    prefix_sid: str,
    *,
    include_fields: str | Fields[PrefixFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[PrefixFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> Prefix:
    """Send `get_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        prefix_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
