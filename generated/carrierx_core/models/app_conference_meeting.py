"""AppConferenceMeeting: The detail record of one conference meeting (App DR Conf MDR)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("attendee_count", "attendee_count", int),
    ("audio_attendee_count", "audio_attendee_count", int),
    ("control_attendee_count", "control_attendee_count", int),
    ("data_attendee_count", "data_attendee_count", int),
    ("date_insert", "date_insert", rt.DATETIME),
    ("date_start", "date_start", rt.DATETIME),
    ("date_stop", "date_stop", rt.DATETIME),
    ("duration", "duration", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_audio", "duration_audio", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_control", "duration_control", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_data", "duration_data", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_meeting", "duration_meeting", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_recording", "duration_recording", rt.union_reader(rt.STR, rt.FLOAT)),
    ("duration_video", "duration_video", rt.union_reader(rt.STR, rt.FLOAT)),
    ("endpoint_sid", "endpoint_sid", str),
    ("has_recording", "has_recording", bool),
    ("meeting_room_sid", "meeting_room_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AppConferenceMeeting:
    """The detail record of one conference meeting (App DR Conf MDR).

    Attributes:
        attendee_count: attendee_count
        audio_attendee_count: audio_attendee_count
        control_attendee_count: control_attendee_count
        data_attendee_count: data_attendee_count
        date_insert: date_insert
        date_start: date_start
        date_stop: date_stop
        duration: Seconds.
        duration_audio: Seconds.
        duration_control: Seconds.
        duration_data: Seconds.
        duration_meeting: Seconds.
        duration_recording: Seconds.
        duration_video: Seconds.
        endpoint_sid: endpoint_sid
        has_recording: has_recording
        meeting_room_sid: meeting_room_sid
    """

    attendee_count: int | None
    audio_attendee_count: int | None
    control_attendee_count: int | None
    data_attendee_count: int | None
    date_insert: datetime.datetime | None
    date_start: datetime.datetime | None
    date_stop: datetime.datetime | None
    duration: str | float | None
    duration_audio: str | float | None
    duration_control: str | float | None
    duration_data: str | float | None
    duration_meeting: str | float | None
    duration_recording: str | float | None
    duration_video: str | float | None
    endpoint_sid: str | None
    has_recording: bool | None
    meeting_room_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attendee_count: int | None | Unset = UNSET,
        audio_attendee_count: int | None | Unset = UNSET,
        control_attendee_count: int | None | Unset = UNSET,
        data_attendee_count: int | None | Unset = UNSET,
        date_insert: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        date_stop: datetime.datetime | None | Unset = UNSET,
        duration: str | float | None | Unset = UNSET,
        duration_audio: str | float | None | Unset = UNSET,
        duration_control: str | float | None | Unset = UNSET,
        duration_data: str | float | None | Unset = UNSET,
        duration_meeting: str | float | None | Unset = UNSET,
        duration_recording: str | float | None | Unset = UNSET,
        duration_video: str | float | None | Unset = UNSET,
        endpoint_sid: str | None | Unset = UNSET,
        has_recording: bool | None | Unset = UNSET,
        meeting_room_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attendee_count = rt.given(self, "attendee_count", attendee_count)
        self.audio_attendee_count = rt.given(self, "audio_attendee_count", audio_attendee_count)
        self.control_attendee_count = rt.given(self, "control_attendee_count", control_attendee_count)
        self.data_attendee_count = rt.given(self, "data_attendee_count", data_attendee_count)
        self.date_insert = rt.given(self, "date_insert", date_insert)
        self.date_start = rt.given(self, "date_start", date_start)
        self.date_stop = rt.given(self, "date_stop", date_stop)
        self.duration = rt.given(self, "duration", duration)
        self.duration_audio = rt.given(self, "duration_audio", duration_audio)
        self.duration_control = rt.given(self, "duration_control", duration_control)
        self.duration_data = rt.given(self, "duration_data", duration_data)
        self.duration_meeting = rt.given(self, "duration_meeting", duration_meeting)
        self.duration_recording = rt.given(self, "duration_recording", duration_recording)
        self.duration_video = rt.given(self, "duration_video", duration_video)
        self.endpoint_sid = rt.given(self, "endpoint_sid", endpoint_sid)
        self.has_recording = rt.given(self, "has_recording", has_recording)
        self.meeting_room_sid = rt.given(self, "meeting_room_sid", meeting_room_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AppConferenceMeetingFieldName = Literal[
    "attendee_count",
    "audio_attendee_count",
    "control_attendee_count",
    "data_attendee_count",
    "date_insert",
    "date_start",
    "date_stop",
    "duration",
    "duration_audio",
    "duration_control",
    "duration_data",
    "duration_meeting",
    "duration_recording",
    "duration_video",
    "endpoint_sid",
    "has_recording",
    "meeting_room_sid",
]
"""The names of `AppConferenceMeeting`'s fields, for typed filters, orders and field lists."""
