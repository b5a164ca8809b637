"""Update Meeting Key: `PUT /subscribers/{sid}/meetingRooms/{meetingNumber}/keychain/{meetingKeyId}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.meeting_key import MeetingKey
from carrierx_conference.models.meeting_key_update import MeetingKeyUpdate, MeetingKeyUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
    *,
    body: MeetingKeyUpdate | MeetingKeyUpdateParams,
) -> rt.Request:
    """Update Meeting Key. Change an access code or its role; only the fields sent change.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        meeting_key_id: The meeting key ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}/keychain/{rt.segment('meetingKeyId', meeting_key_id)}",
        rt.query(),
        *rt.json_body(MeetingKeyUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingKey:
    """The typed answer of `update_meeting_key`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingKey.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
    *,
    body: MeetingKeyUpdate | MeetingKeyUpdateParams,
) -> MeetingKey:
    """Send `update_meeting_key` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        meeting_key_id,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
