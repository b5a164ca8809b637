"""Get Meeting Keys: `GET /subscribers/{sid}/meetingRooms/{meetingNumber}/keychain`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields, Filter, Order
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.meeting_key_list import MeetingKeyList, MeetingKeyListFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[MeetingKeyListFieldName] | Unset = UNSET,
    order: str | Order[MeetingKeyListFieldName] | Unset = UNSET,
    include_fields: str | Fields[MeetingKeyListFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingKeyListFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Meeting Keys. List the access codes of a meeting room.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
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
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}/keychain",
        rt.query(
            ("limit", limit),
            ("offset", offset),
            ("filter", rt.checked_fields(filter_, MeetingKeyList.field_names, "filter")),
            ("order", rt.checked_fields(order, MeetingKeyList.field_names, "order")),
            ("include_fields", rt.checked_fields(include_fields, MeetingKeyList.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, MeetingKeyList.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingKeyList:
    """The typed answer of `get_meeting_keys`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingKeyList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Filter[MeetingKeyListFieldName] | Unset = UNSET,
    order: str | Order[MeetingKeyListFieldName] | Unset = UNSET,
    include_fields: str | Fields[MeetingKeyListFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingKeyListFieldName] | Unset = UNSET,
) -> MeetingKeyList:
    """Send `get_meeting_keys` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        limit=limit,
        offset=offset,
        filter_=filter_,
        order=order,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
