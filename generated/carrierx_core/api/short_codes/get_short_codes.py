"""Get Short Codes: `GET /phonenumber/short_codes`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.short_code import ShortCode, ShortCodeFieldName
from carrierx_core.models.short_code_list import ShortCodeList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[ShortCodeFieldName] | Unset = UNSET,
    order: str | Order[ShortCodeFieldName] | Unset = UNSET,
    include_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> rt.Request:
    """Get Short Codes. Lists the partner's short codes.

    Args:
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
    """
    return rt.Request(
        "GET",
        "/phonenumber/short_codes",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, ShortCode.field_names, "filter")),
            ("order", rt.checked_fields(order, ShortCode.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, ShortCode.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, ShortCode.field_names, "exclude_fields")),
            ("with_related", with_related),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortCodeList:
    """The typed answer of `get_short_codes`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortCodeList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[ShortCodeFieldName] | Unset = UNSET,
    order: str | Order[ShortCodeFieldName] | Unset = UNSET,
    include_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[ShortCodeFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
) -> ShortCodeList:
    """Send `get_short_codes` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
    )
    return parse_response(*await rt.send_httpx(client, request))
