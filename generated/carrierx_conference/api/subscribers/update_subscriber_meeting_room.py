"""Update Meeting Room: `PUT /subscribers/{sid}/meetingRooms/{meetingNumber}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.meeting_room import MeetingRoom
from carrierx_conference.models.meeting_room_update import MeetingRoomUpdate, MeetingRoomUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    *,
    body: MeetingRoomUpdate | MeetingRoomUpdateParams,
) -> rt.Request:
    """Update Meeting Room. Change a subscriber's meeting room; only the fields sent change.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}",
        rt.query(),
        *rt.json_body(MeetingRoomUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingRoom:
    """The typed answer of `update_subscriber_meeting_room`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingRoom.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    *,
    body: MeetingRoomUpdate | MeetingRoomUpdateParams,
) -> MeetingRoom:
    """Send `update_subscriber_meeting_room` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
