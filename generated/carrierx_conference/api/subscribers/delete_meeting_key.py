"""Delete Meeting Key: `DELETE /subscribers/{sid}/meetingRooms/{meetingNumber}/keychain/{meetingKeyId}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
) -> rt.Request:
    """Delete Meeting Key. Remove an access code from a meeting room.

    Args:
        sid: The subscriber identifier (not a UUID).
        meeting_number: The meeting room number.
        meeting_key_id: The meeting key ID.
    """
    return rt.Request(
        "DELETE",
        f"/subscribers/{rt.segment('sid', sid)}/meetingRooms/{rt.segment('meetingNumber', meeting_number)}/keychain/{rt.segment('meetingKeyId', meeting_key_id)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_meeting_key`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    meeting_number: int | str,
    meeting_key_id: int | str,
) -> None:
    """Send `delete_meeting_key` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        meeting_number,
        meeting_key_id,
    )
    return parse_response(*await rt.send_httpx(client, request))
