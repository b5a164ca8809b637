"""Get Call Detail Records: `GET /calls/call_drs`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.call_detail_record import CallDetailRecord, CallDetailRecordFieldName
from carrierx_core.models.call_detail_record_list import CallDetailRecordList

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: str | Filter[CallDetailRecordFieldName] | Unset = UNSET,
    order: str | Order[CallDetailRecordFieldName] | Unset = UNSET,
    include_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Call Detail Records. Lists call detail records; page with `after`/`before` record cursors or with `offset`.

    Args:
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        after: Return the records after the record with this SID (cursor paging). Cannot be combined
            with `offset`.
        before: Return the records before the record with this SID (cursor paging). Cannot be combined
            with `offset`.
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/calls/call_drs",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("after", after),
            ("before", before),
            ("filter", rt.checked_fields(filter_, CallDetailRecord.field_names, "filter")),
            ("order", rt.checked_fields(order, CallDetailRecord.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, CallDetailRecord.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, CallDetailRecord.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CallDetailRecordList:
    """The typed answer of `get_call_detail_records`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CallDetailRecordList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: str | Filter[CallDetailRecordFieldName] | Unset = UNSET,
    order: str | Order[CallDetailRecordFieldName] | Unset = UNSET,
    include_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
) -> CallDetailRecordList:
    """Send `get_call_detail_records` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        after=after,
        before=before,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
