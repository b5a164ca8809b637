"""Create Meeting Room: `POST /meeting_rooms`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference_v2.models.meeting_room import MeetingRoom
from carrierx_conference_v2.models.meeting_room_create import MeetingRoomCreate, MeetingRoomCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: MeetingRoomCreate | MeetingRoomCreateParams,
) -> rt.Request:
    """Create Meeting Room. Create a meeting room; an empty object is enough.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/meeting_rooms",
        rt.query(),
        *rt.json_body(MeetingRoomCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingRoom:
    """The typed answer of `create_meeting_room`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingRoom.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: MeetingRoomCreate | MeetingRoomCreateParams,
) -> MeetingRoom:
    """Send `create_meeting_room` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
