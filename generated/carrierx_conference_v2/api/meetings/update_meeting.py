"""Update Meeting: `PATCH /meetings/{meeting_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference_v2.models.meeting import Meeting
from carrierx_conference_v2.models.meeting_update import MeetingUpdate, MeetingUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_sid: str,
    *,
    body: MeetingUpdate | MeetingUpdateParams,
) -> rt.Request:
    """Update Meeting. Change the hold or mute mode of a meeting; fields not sent keep their values.

    Args:
        meeting_sid: Meeting SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/meetings/{rt.segment('meeting_sid', meeting_sid)}",
        rt.query(),
        *rt.json_body(MeetingUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Meeting:
    """The typed answer of `update_meeting`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Meeting.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_sid: str,
    *,
    body: MeetingUpdate | MeetingUpdateParams,
) -> Meeting:
    """Send `update_meeting` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
