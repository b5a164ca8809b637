"""Download Data by File SID: `GET /storage/files/{file_sid}/data`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    file_sid: str,
) -> rt.Request:
    """Download Data by File SID. Downloads the content of a file.

    Args:
        file_sid: SID of the file.
    """
    return rt.Request(
        "GET",
        f"/storage/files/{rt.segment('file_sid', file_sid)}/data",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> bytes:
    """The typed answer of `download_file_data`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return content
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    file_sid: str,
) -> bytes:
    """Send `download_file_data` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        file_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
