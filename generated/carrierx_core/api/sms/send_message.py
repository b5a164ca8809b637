"""Send Message: `POST /sms/messages`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.message import Message
from carrierx_core.models.message_create import MessageCreate, MessageCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: MessageCreate | MessageCreateParams,
) -> rt.Request:
    """Send Message. Sends an SMS, or an MMS when media or group recipients are given, from a rented number with
    messaging enabled.

    Args:
        body: The fields to send.
    """
    return rt.Request(
        "POST",
        "/sms/messages",
        rt.query(),
        *rt.json_body(MessageCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Message:
    """The typed answer of `send_message`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Message.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: MessageCreate | MessageCreateParams,
) -> Message:
    """Send `send_message` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
