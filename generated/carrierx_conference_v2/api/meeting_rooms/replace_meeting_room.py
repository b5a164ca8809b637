"""Update Meeting Room: `PUT /meeting_rooms/{meeting_room_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference_v2.models.meeting_room import MeetingRoom
from carrierx_conference_v2.models.meeting_room_update import MeetingRoomUpdate, MeetingRoomUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_room_sid: str,
    *,
    body: MeetingRoomUpdate | MeetingRoomUpdateParams,
) -> rt.Request:
    """Update Meeting Room. Replace the updatable fields of a meeting room with a full object.

    Args:
        meeting_room_sid: Meeting room SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/meeting_rooms/{rt.segment('meeting_room_sid', meeting_room_sid)}",
        rt.query(),
        *rt.json_body(MeetingRoomUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingRoom:
    """The typed answer of `replace_meeting_room`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingRoom.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_room_sid: str,
    *,
    body: MeetingRoomUpdate | MeetingRoomUpdateParams,
) -> MeetingRoom:
    """Send `replace_meeting_room` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_room_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
