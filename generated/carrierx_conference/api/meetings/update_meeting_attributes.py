"""Update Meeting Attributes: `PUT /meetings/{meetingNumber}/attributes/{name}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.attribute import Attribute
from carrierx_conference.models.meeting_attribute_update import MeetingAttributeUpdate, MeetingAttributeUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_number: int | str,
    name: str,
    *,
    body: MeetingAttributeUpdate | MeetingAttributeUpdateParams,
) -> rt.Request:
    """Update Meeting Attributes. Change one setting of a meeting in progress (e.g. exit tones).

    Args:
        meeting_number: The meeting number.
        name: Name of the setting to change.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/meetings/{rt.segment('meetingNumber', meeting_number)}/attributes/{rt.segment('name', name)}",
        rt.query(),
        *rt.json_body(MeetingAttributeUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> list[Attribute]:
    """The typed answer of `update_meeting_attributes`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return [Attribute.from_dict(item) for item in rt.json_array(content)]
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_number: int | str,
    name: str,
    *,
    body: MeetingAttributeUpdate | MeetingAttributeUpdateParams,
) -> list[Attribute]:
    """Send `update_meeting_attributes` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_number,
        name,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
