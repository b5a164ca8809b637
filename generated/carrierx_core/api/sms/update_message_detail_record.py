"""Update Message Detail Record: `PATCH /sms/message_drs/{dr_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.message_detail_record import MessageDetailRecord
from carrierx_core.models.message_detail_record_update import MessageDetailRecordUpdate, MessageDetailRecordUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dr_sid: str,
    *,
    body: MessageDetailRecordUpdate | MessageDetailRecordUpdateParams,
) -> rt.Request:
    """Update Message Detail Record. Changes only the given fields of a message detail record.

    Args:
        dr_sid: SID of the message detail record.
        body: The fields to send.
    """
    return rt.Request(
        "PATCH",
        f"/sms/message_drs/{rt.segment('dr_sid', dr_sid)}",
        rt.query(),
        *rt.json_body(MessageDetailRecordUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MessageDetailRecord:
    """The typed answer of `update_message_detail_record`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MessageDetailRecord.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dr_sid: str,
    *,
    body: MessageDetailRecordUpdate | MessageDetailRecordUpdateParams,
) -> MessageDetailRecord:
    """Send `update_message_detail_record` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dr_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
