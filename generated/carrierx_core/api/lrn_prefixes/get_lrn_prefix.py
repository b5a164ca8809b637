"""Get LRN Prefix by SID: `GET /phonenumber/lrn_prefixes/{lrn_prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.lrn_prefix import LrnPrefix, LrnPrefixFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    lrn_prefix_sid: str,
    *,
    include_fields: str | Fields[LrnPrefixFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[LrnPrefixFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get LRN Prefix by SID. Returns one LRN routing prefix.

    Args:
        lrn_prefix_sid: The LRN prefix secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/lrn_prefixes/{rt.segment('lrn_prefix_sid', lrn_prefix_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, LrnPrefix.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, LrnPrefix.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> LrnPrefix:
    """The typed answer of `get_lrn_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return LrnPrefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    lrn_prefix_sid: str,
    *,
    include_fields: str | Fields[LrnPrefixFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[LrnPrefixFieldName] | Unset = UNSET,
) -> LrnPrefix:
    """Send `get_lrn_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        lrn_prefix_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
