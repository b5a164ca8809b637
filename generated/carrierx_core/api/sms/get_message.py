"""Get Message by SID: `GET /sms/messages/{message_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.message import Message, MessageFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    message_sid: str,
    *,
    include_fields: str | Fields[MessageFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MessageFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Message by SID. Returns one message.

    Args:
        message_sid: SID of the message.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/sms/messages/{rt.segment('message_sid', message_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Message.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Message.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Message:
    """The typed answer of `get_message`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Message.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    message_sid: str,
    *,
    include_fields: str | Fields[MessageFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MessageFieldName] | Unset = UNSET,
) -> Message:
    """Send `get_message` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        message_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
