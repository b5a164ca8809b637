"""Get Outbound VoIP Rates: `GET /calls/rates/outbound/voip/{sub_type}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.call_rate import CallRate, CallRateFieldName
from carrierx_core.models.call_rate_list import CallRateList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sub_type: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[CallRateFieldName] | Unset = UNSET,
    order: str | Order[CallRateFieldName] | Unset = UNSET,
    include_fields: str | Fields[CallRateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallRateFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Outbound VoIP Rates. Lists the rates for sending calls to VoIP endpoints of one type.

    Args:
        sub_type: Endpoint type whose VoIP rates are listed.
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
        f"/calls/rates/outbound/voip/{rt.segment('sub_type', sub_type)}",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, CallRate.field_names, "filter")),
            ("order", rt.checked_fields(order, CallRate.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, CallRate.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, CallRate.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CallRateList:
    """The typed answer of `get_outbound_voip_rates`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CallRateList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sub_type: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[CallRateFieldName] | Unset = UNSET,
    order: str | Order[CallRateFieldName] | Unset = UNSET,
    include_fields: str | Fields[CallRateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallRateFieldName] | Unset = UNSET,
) -> CallRateList:
    """Send `get_outbound_voip_rates` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sub_type,
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
