"""Get Message Detail Record by SID: `GET /sms/message_drs/{dr_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.message_detail_record import MessageDetailRecord, MessageDetailRecordFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dr_sid: str,
    *,
    include_fields: str | Fields[MessageDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MessageDetailRecordFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Message Detail Record by SID. Returns one message detail record.

    Args:
        dr_sid: SID of the message detail record.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/sms/message_drs/{rt.segment('dr_sid', dr_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, MessageDetailRecord.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, MessageDetailRecord.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MessageDetailRecord:
    """The typed answer of `get_message_detail_record`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MessageDetailRecord.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dr_sid: str,
    *,
    include_fields: str | Fields[MessageDetailRecordFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MessageDetailRecordFieldName] | Unset = UNSET,
) -> MessageDetailRecord:
    """Send `get_message_detail_record` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dr_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
