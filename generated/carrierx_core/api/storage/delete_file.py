"""Delete File: `DELETE /storage/files/{file_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    file_sid: str,
) -> rt.Request:
    """Delete File. Deletes a file.

    Args:
        file_sid: SID of the file.
    """
    return rt.Request(
        "DELETE",
        f"/storage/files/{rt.segment('file_sid', file_sid)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> None:
    """The typed answer of `delete_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 204:
        return None
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    file_sid: str,
) -> None:
    """Send `delete_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        file_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
