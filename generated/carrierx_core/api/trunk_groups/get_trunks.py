"""Get Trunks: `GET /trunk_groups/{trunk_group_sid}/trunks`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.trunk import Trunk, TrunkFieldName
from carrierx_core.models.trunk_list import TrunkList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    trunk_group_sid: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[TrunkFieldName] | Unset = UNSET,
    order: str | Order[TrunkFieldName] | Unset = UNSET,
    include_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Trunks. Lists the trunks of a trunk group.

    Args:
        trunk_group_sid: Secure ID of the trunk group.
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/trunk_groups/{rt.segment('trunk_group_sid', trunk_group_sid)}/trunks",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, Trunk.field_names, "filter")),
            ("order", rt.checked_fields(order, Trunk.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, Trunk.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Trunk.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TrunkList:
    """The typed answer of `get_trunks`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TrunkList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    trunk_group_sid: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[TrunkFieldName] | Unset = UNSET,
    order: str | Order[TrunkFieldName] | Unset = UNSET,
    include_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TrunkFieldName] | Unset = UNSET,
) -> TrunkList:
    """Send `get_trunks` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        trunk_group_sid,
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
