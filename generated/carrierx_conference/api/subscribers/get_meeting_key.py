"""Get Meeting Key by ID: `GET /subscribers/{sid}/meetingRooms/{meetingNumber}/keychain/{meetingKeyId}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference.models.meeting_key import MeetingKey, MeetingKeyFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
    *,
    include_fields: str | Fields[MeetingKeyFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingKeyFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Meeting Key by ID. Return one access code of a meeting room.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        meeting_key_id: The meeting key ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}/keychain/{rt.segment('meetingKeyId', meeting_key_id)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, MeetingKey.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, MeetingKey.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> MeetingKey:
    """The typed answer of `get_meeting_key`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return MeetingKey.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
    *,
    include_fields: str | Fields[MeetingKeyFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[MeetingKeyFieldName] | Unset = UNSET,
) -> MeetingKey:
    """Send `get_meeting_key` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        meeting_key_id,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
