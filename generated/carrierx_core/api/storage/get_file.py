"""Get File by SID: `GET /storage/files/{file_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.storage_file import StorageFile, StorageFileFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    file_sid: str,
    *,
    include_fields: str | Fields[StorageFileFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageFileFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get File by SID. Returns the File object of one file.

    Args:
        file_sid: SID of the file.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/storage/files/{rt.segment('file_sid', file_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, StorageFile.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, StorageFile.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageFile:
    """The typed answer of `get_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageFile.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    file_sid: str,
    *,
    include_fields: str | Fields[StorageFileFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[StorageFileFieldName] | Unset = UNSET,
) -> StorageFile:
    """Send `get_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        file_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
