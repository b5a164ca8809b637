"""Update File: `PUT /storage/files/{file_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.storage_file import StorageFile
from carrierx_core.models.storage_file_update import StorageFileUpdate, StorageFileUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    file_sid: str,
    *,
    body: StorageFileUpdate | StorageFileUpdateParams,
) -> rt.Request:
    """Update File. Replaces a whole file object; read-only fields stay as they are.

    Args:
        file_sid: SID of the file.
        body: The fields to send.
    """
    return rt.Request(
        "PUT",
        f"/storage/files/{rt.segment('file_sid', file_sid)}",
        rt.query(),
        *rt.json_body(StorageFileUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageFile:
    """The typed answer of `replace_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageFile.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    file_sid: str,
    *,
    body: StorageFileUpdate | StorageFileUpdateParams,
) -> StorageFile:
    """Send `replace_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        file_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
