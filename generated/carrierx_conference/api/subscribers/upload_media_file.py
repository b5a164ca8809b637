"""Upload Media File: `POST /subscribers/{sid}/files`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.file_descriptor import FileDescriptor
from carrierx_conference.models.media_file_upload import MediaFileUpload, MediaFileUploadParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sid: str,
    *,
    body: MediaFileUpload | MediaFileUploadParams,
) -> rt.Request:
    """Upload Media File. Upload a media file for a subscriber (multipart form).

    Args:
        sid: The subscriber identifier (not a UUID).
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        f"/subscribers/{rt.segment('sid', sid)}/files",
        rt.query(),
        *rt.multipart_body(MediaFileUpload, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> FileDescriptor:
    """The typed answer of `upload_media_file`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 201:
        return FileDescriptor.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sid: str,
    *,
    body: MediaFileUpload | MediaFileUploadParams,
) -> FileDescriptor:
    """Send `upload_media_file` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
