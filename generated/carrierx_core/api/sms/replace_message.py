"""Update Message: `PUT /sms/messages/{message_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.message import Message
from carrierx_core.models.message_update import MessageUpdate, MessageUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    message_sid: str,
    *,
    body: MessageUpdate | MessageUpdateParams,
) -> rt.Request:
    """Update Message. Replaces a whole message; read-only fields stay as they are.

    Args:
        message_sid: SID of the message.
        body: The fields to send.
    """
    return rt.Request(
        "PUT",
        f"/sms/messages/{rt.segment('message_sid', message_sid)}",
        rt.query(),
        *rt.json_body(MessageUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Message:
    """The typed answer of `replace_message`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Message.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    message_sid: str,
    *,
    body: MessageUpdate | MessageUpdateParams,
) -> Message:
    """Send `replace_message` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        message_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
