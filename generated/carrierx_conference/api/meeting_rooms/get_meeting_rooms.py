"""Get Meeting Rooms: `GET /meetingRooms`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.meeting_room_list import MeetingRoomList, MeetingRoomListFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[MeetingRoomListFieldName] | Unset = UNSET,
    order: str | Order[MeetingRoomListFieldName] | Unset = UNSET,
    include_fields: str | Fields[MeetingRoomListFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingRoomListFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Meeting Rooms. List the meeting rooms.

    Args:
        limit: How many items one page holds (default 10, at most 1000).
        offset: How many items to skip. Cannot be combined with `after`/`before` (CarrierX's default:
            0).
        filter_: A filter expression, `<field> <operator> <value>`, several joined with `and`.
        order: Sort order: `<field>`, `<field> asc`, `<field> desc` or `shuffle`.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/meetingRooms",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, MeetingRoomList.field_names, "filter")),
            ("order", rt.checked_fields(order, MeetingRoomList.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, MeetingRoomList.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, MeetingRoomList.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingRoomList:
    """The typed answer of `get_meeting_rooms`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingRoomList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[MeetingRoomListFieldName] | Unset = UNSET,
    order: str | Order[MeetingRoomListFieldName] | Unset = UNSET,
    include_fields: str | Fields[MeetingRoomListFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingRoomListFieldName] | Unset = UNSET,
) -> MeetingRoomList:
    """Send `get_meeting_rooms` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
