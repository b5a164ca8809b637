"""What a FlexML call leaves in the Core API: its call detail record and the files it recorded.

The fake server's FlexML calls write here, so CDR exports and recording downloads can be
tested end to end: `GET /core/v2/calls/call_drs` lists one record per call that ran, and
`GET /core/v2/storage/files` (and `.../{file_sid}/data`) the recordings of `Record` verbs.
Recordings are silence of the scripted length, in the requested format.
"""

from __future__ import annotations

import datetime
import io
import uuid
import wave
from collections.abc import Callable, Mapping

from ._schema import now_iso
from ._store import Collection, JSONObject, Store

STORAGE_URL = "https://storage.carrierx.example/f"  # where recordings are said to be published
SAMPLE_RATE = 8000
MIME_TYPES = {"wav": "audio/wav", "mp3": "audio/mpeg", "ul": "audio/basic"}
# The SIP cause a call detail record gives each final status.
SIP_CAUSES = {"completed": "200", "busy": "486", "noanswer": "480", "cancel": "487", "failed": "500"}
# One silent MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz): header, then zeros, 1152 samples long.
_MP3_FRAME = b"\xff\xfb\x90\x64" + bytes(413)
_MP3_FRAME_SECONDS = 1152 / 44100


def silence(file_format: str, seconds: int) -> bytes:
    """`seconds` of silence as a `wav`, `mp3` or `ul` (raw 8 kHz mu-law) file."""
    if file_format == "ul":
        return b"\xff" * (SAMPLE_RATE * seconds)  # 0xFF is mu-law silence
    if file_format == "mp3":
        return _MP3_FRAME * round(seconds / _MP3_FRAME_SECONDS)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(SAMPLE_RATE)
        audio.writeframes(bytes(2 * SAMPLE_RATE * seconds))
    return buffer.getvalue()


class CallRecords:
    """Writes call detail records and recordings into the fake server's Core collections."""

    def __init__(self, store: Store, partner_sid: str, clock: Callable[[], datetime.datetime]) -> None:
        self.store = store
        self.partner_sid = partner_sid
        self.clock = clock

    def _core(self, path: str) -> Collection:
        return self.store.collection("core", self.partner_sid, path)

    def has_container(self, container_sid: str) -> bool:
        return container_sid in self._core("/storage/containers")

    def store_recording(
        self,
        *,
        container_sid: str | None,
        file_sid: str | None,
        file_format: str,
        seconds: int,
        attributes: Mapping[str, str],
    ) -> JSONObject:
        """Keep a recording as a Core storage file (object and content) and return the object.

        `attributes` are the `Record` verb's, for the keys and lifecycle it sets on the file.
        """
        file_sid = file_sid or str(uuid.uuid4())
        data = silence(file_format, seconds)
        item: JSONObject = {
            "file_sid": file_sid,
            "container_sid": container_sid,
            "partner_sid": self.partner_sid,
            "name": f"recording-{file_sid}.{file_format}",
            "type": "file",
            "content_format": file_format,
            "content_duration": seconds,
            "mime_type": MIME_TYPES[file_format],
            "file_bytes": len(data),
            "publish": "file_sid",
            "publish_uri": f"{STORAGE_URL}/{file_sid}.{file_format}",
            "lifecycle_action": attributes.get("lifecycleAction", "no_action"),
            "lifecycle_ttl": _integer_or_none(attributes.get("lifecycleTtl")) or -1,
            "integer_key_1": _integer_or_none(attributes.get("integerKey1")),
            "integer_key_2": _integer_or_none(attributes.get("integerKey2")),
            "string_key_1": attributes.get("stringKey1"),
            "string_key_2": attributes.get("stringKey2"),
            "date_modified": now_iso(self.clock()),
        }
        self._core("/storage/files").put(file_sid, item)
        self.store.blobs[("core", self.partner_sid, f"/storage/files/{file_sid}")] = data
        return item

    def add_call_detail_record(
        self,
        *,
        call_sid: str,
        calling: str,
        called: str,
        endpoint_sid: str | None,
        started: datetime.datetime,
        seconds: int,
        status: str,
        ended_by_called_party: bool,
    ) -> JSONObject:
        """Record one FlexML call that ran (an outbound call made through `POST /calls`)."""
        dr_sid = str(uuid.uuid4())
        answered = status == "completed"
        stopped = started + datetime.timedelta(seconds=seconds)
        record: JSONObject = {
            "dr_sid": dr_sid,
            "partner_sid": self.partner_sid,
            "direction": "outbound",
            "date_insert": now_iso(stopped),
            "date_start": now_iso(started),
            "date_talk": now_iso(started) if answered else None,
            "date_stop": now_iso(stopped),
            "duration": str(seconds),
            "duration_billing": str(seconds if answered else 0),
            "number_src": calling,
            "number_src_original": calling,
            "number_dst": called,
            "number_dst_original": called,
            "number_billing": calling,
            "number_external": called,
            "endpoint_sid_src": endpoint_sid,
            "sipcallid_src": call_sid,
            "sipcause": SIP_CAUSES.get(status, "500"),
            "disconnect_originator": "DST" if ended_by_called_party else "SRC",
            "codec_src": "PCMU",
            "codec_dst": "PCMU",
            "transcoded": False,
            "price": "0.0050" if answered else "0",
            "rate": "0.0050",
        }
        self._core("/calls/call_drs").put(dr_sid, record)
        return record


def _integer_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
