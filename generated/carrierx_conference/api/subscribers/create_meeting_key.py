"""Create Meeting Key: `POST /subscribers/{sid}/meetingRooms/{meetingNumber}/keychain`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.meeting_key import MeetingKey
from carrierx_conference.models.meeting_key_create import MeetingKeyCreate, MeetingKeyCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    *,
    body: MeetingKeyCreate | MeetingKeyCreateParams,
) -> rt.Request:
    """Create Meeting Key. Add an access code to a subscriber's meeting room.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}/keychain",
        rt.query(),
        *rt.json_body(MeetingKeyCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingKey:
    """The typed answer of `create_meeting_key`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingKey.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    *,
    body: MeetingKeyCreate | MeetingKeyCreateParams,
) -> MeetingKey:
    """Send `create_meeting_key` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
