"""Get Meeting Room by meetingNumber: `GET /subscribers/{sid}/meetingRooms/{meetingNumber}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.meeting_room import MeetingRoom, MeetingRoomFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    *,
    include_fields: str | Fields[MeetingRoomFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingRoomFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Meeting Room by meetingNumber. Return one meeting room of a subscriber, addressed by its meeting number.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, MeetingRoom.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, MeetingRoom.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingRoom:
    """The typed answer of `get_subscriber_meeting_room`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingRoom.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    *,
    include_fields: str | Fields[MeetingRoomFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingRoomFieldName] | Unset = UNSET,
) -> MeetingRoom:
    """Send `get_subscriber_meeting_room` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
