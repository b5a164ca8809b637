"""Get Meeting Attributes: `GET /meetings/{meetingNumber}/attributes`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.attribute import Attribute

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_number: int | str,
) -> rt.Request:
    """Get Meeting Attributes. Return the settings of a meeting in progress.

    Args:
        meeting_number: The meeting number.
    """
    return rt.Request(
        "GET",
        f"/meetings/{rt.segment('meetingNumber', meeting_number)}/attributes",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> list[Attribute]:
    """The typed answer of `get_meeting_attributes`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return [Attribute.from_dict(item) for item in rt.json_array(content)]
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_number: int | str,
) -> list[Attribute]:
    """Send `get_meeting_attributes` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_number,
    )
    return parse_response(*await rt.send_httpx(client, request))
