"""Get Call Detail Record by SID: `GET /calls/call_drs/{dr_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.call_detail_record import CallDetailRecord, CallDetailRecordFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dr_sid: str,
    *,
    include_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Call Detail Record by SID. Returns one call detail record.

    Args:
        dr_sid: Secure ID of the detail record.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/calls/call_drs/{rt.segment('dr_sid', dr_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, CallDetailRecord.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, CallDetailRecord.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CallDetailRecord:
    """The typed answer of `get_call_detail_record`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CallDetailRecord.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dr_sid: str,
    *,
    include_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[CallDetailRecordFieldName] | Unset = UNSET,
) -> CallDetailRecord:
    """Send `get_call_detail_record` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dr_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
