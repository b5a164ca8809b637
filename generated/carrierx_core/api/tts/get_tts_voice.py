"""Get TTS Voice by SID: `GET /tts/voices/{voice_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.tts_voice import TtsVoice, TtsVoiceFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    voice_sid: str,
    *,
    include_fields: str | Fields[TtsVoiceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TtsVoiceFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get TTS Voice by SID. Returns one voice.

    Args:
        voice_sid: Voice ID (e.g. Polly.Joanna).
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/tts/voices/{rt.segment('voice_sid', voice_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, TtsVoice.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, TtsVoice.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> TtsVoice:
    """The typed answer of `get_tts_voice`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return TtsVoice.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    voice_sid: str,
    *,
    include_fields: str | Fields[TtsVoiceFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[TtsVoiceFieldName] | Unset = UNSET,
) -> TtsVoice:
    """Send `get_tts_voice` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        voice_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
