"""Get Trunk Groups: `GET /trunk_groups`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.trunk_group import TrunkGroup, TrunkGroupFieldName
from carrierx_core.models.trunk_group_list import TrunkGroupList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[TrunkGroupFieldName] | Unset = UNSET,
    order: str | Order[TrunkGroupFieldName] | Unset = UNSET,
    include_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
    with_trunks: bool | Unset = UNSET,
) -> rt.Request:
    """Get Trunk Groups. Lists trunk groups.

    Args:
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
        with_related: Also return the related objects. CarrierX's default: false.
        with_trunks: Also return (or, on create, also create) the trunks of the group.
    """
    return rt.Request(
        "GET",
        "/trunk_groups",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, TrunkGroup.field_names, "filter")),
            ("order", rt.checked_fields(order, TrunkGroup.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, TrunkGroup.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, TrunkGroup.field_names, "exclude_fields")),
            ("with_related", with_related),
            ("with_trunks", with_trunks),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TrunkGroupList:
    """The typed answer of `get_trunk_groups`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TrunkGroupList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[TrunkGroupFieldName] | Unset = UNSET,
    order: str | Order[TrunkGroupFieldName] | Unset = UNSET,
    include_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkGroupFieldName] | Unset = UNSET,
    with_related: bool | Unset = UNSET,
    with_trunks: bool | Unset = UNSET,
) -> TrunkGroupList:
    """Send `get_trunk_groups` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
        with_related=with_related,
        with_trunks=with_trunks,
    )
    return parse_response(*await rt.send_httpx(client, request))
