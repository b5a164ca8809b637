"""Delete Meeting Room: `DELETE /meetingRooms/{meetingNumber}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    meeting_number: int | str,
) -> rt.Request:
    """Delete Meeting Room. Delete a meeting room.

    Args:
        meeting_number: The meeting room number.
    """
    return rt.Request(
        "DELETE",
        f"/meetingRooms/{rt.segment('meetingNumber', meeting_number)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_meeting_room`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    meeting_number: int | str,
) -> None:
    """Send `delete_meeting_room` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        meeting_number,
    )
    return parse_response(*await rt.send_httpx(client, request))
