"""Create TTS Text: `POST /tts/texts`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.storage_file import StorageFile
from carrierx_core.models.tts_text_create import TtsTextCreate, TtsTextCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: TtsTextCreate | TtsTextCreateParams,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> rt.Request:
    """Create TTS Text. Turns text into speech. Returns the audio, or with `response_format=file` stores it in a
    container and returns the File object.

    Args:
        response_format: Set to `file` to store the audio in a container instead of returning it.
        response_container_sid: Container to store the file in (with response_format=file).
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/tts/texts",
        rt.query(
            ("response_format", response_format),
            ("response_container_sid", response_container_sid),
        ),
        *rt.json_body(TtsTextCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> StorageFile:
    """The typed answer of `create_tts_text`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return StorageFile.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: TtsTextCreate | TtsTextCreateParams,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> StorageFile:
    """Send `create_tts_text` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        response_format=response_format,
        response_container_sid=response_container_sid,
    )
    return parse_response(*await rt.send_httpx(client, request))
