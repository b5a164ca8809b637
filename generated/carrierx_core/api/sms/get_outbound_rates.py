"""Get Outbound Rates: `GET /sms/rates/outbound/{sub_type}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.sms_rate import SmsRate, SmsRateFieldName
from carrierx_core.models.sms_rate_list import SmsRateList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sub_type: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[SmsRateFieldName] | Unset = UNSET,
    order: str | Order[SmsRateFieldName] | Unset = UNSET,
    include_fields: str | Fields[SmsRateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SmsRateFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Outbound Rates. Lists the partner's outbound SMS rates for one kind of sending number.

    Args:
        sub_type: Kind of sending number an SMS rate applies to.
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
        f"/sms/rates/outbound/{rt.segment('sub_type', sub_type)}",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, SmsRate.field_names, "filter")),
            ("order", rt.checked_fields(order, SmsRate.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, SmsRate.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, SmsRate.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> SmsRateList:
    """The typed answer of `get_outbound_rates`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return SmsRateList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sub_type: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[SmsRateFieldName] | Unset = UNSET,
    order: str | Order[SmsRateFieldName] | Unset = UNSET,
    include_fields: str | Fields[SmsRateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[SmsRateFieldName] | Unset = UNSET,
) -> SmsRateList:
    """Send `get_outbound_rates` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
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
