"""Get Conference Meeting by SID: `GET /app/conference/meetings/{meeting_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.app_conference_meeting import AppConferenceMeeting, AppConferenceMeetingFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_sid: str,
    *,
    include_fields: str | Fields[AppConferenceMeetingFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AppConferenceMeetingFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Conference Meeting by SID. Returns the detail record of one conference meeting.

    Args:
        meeting_sid: Secure ID of the meeting.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/app/conference/meetings/{rt.segment('meeting_sid', meeting_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, AppConferenceMeeting.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, AppConferenceMeeting.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AppConferenceMeeting:
    """The typed answer of `get_conference_meeting`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AppConferenceMeeting.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_sid: str,
    *,
    include_fields: str | Fields[AppConferenceMeetingFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AppConferenceMeetingFieldName] | Unset = UNSET,
) -> AppConferenceMeeting:
    """Send `get_conference_meeting` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
