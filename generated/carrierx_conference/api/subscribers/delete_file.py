"""Delete File by Name: `DELETE /subscribers/{sid}/files/{fileName}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    file_name: str,
) -> rt.Request:
    """Delete File by Name. Delete one media file of a subscriber, addressed by file name.

    Args:
        sid: The subscriber identifier (not a UUID).
        file_name: Name of the media file.
    """
    return rt.Request(
        "DELETE",
        f"/subscribers/{rt.segment('sid', sid)}/files/{rt.segment('fileName', file_name)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    file_name: str,
) -> None:
    """Send `delete_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        file_name,
    )
    return parse_response(*await rt.send_httpx(client, request))
