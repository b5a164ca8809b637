"""Upload File: `POST /storage/files`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, File, Unset

from carrierx_core.models.storage_file import StorageFile
from carrierx_core.models.storage_file_upload import StorageFileUpload, StorageFileUploadParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: StorageFileUpload | StorageFileUploadParams | File | bytes | IO[bytes],
    container_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> rt.Request:
    """Upload File. Uploads a file into a container.

    Args:
        container_sid: Raw (octet-stream) uploads: SID of the target container.
        name: Raw (octet-stream) uploads: name of the file.
        body: Either multipart (`file_object` JSON part plus `data` file part) or the raw bytes with
            the File fields as query arguments.
    """
    return rt.Request(
        "POST",
        "/storage/files",
        rt.query(
            ("container_sid", container_sid),
            ("name", name),
        ),
        *rt.upload_body(StorageFileUpload, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageFile:
    """The typed answer of `upload_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 201:
        return StorageFile.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: StorageFileUpload | StorageFileUploadParams | File | bytes | IO[bytes],
    container_sid: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> StorageFile:
    """Send `upload_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        container_sid=container_sid,
        name=name,
    )
    return parse_response(*await rt.send_httpx(client, request))
