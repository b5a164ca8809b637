from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppConferenceMeeting")


@_attrs_define
class AppConferenceMeeting:
    """The detail record of one conference meeting (App DR Conf MDR).

    Attributes:
        attendee_count (int | None | Unset):
        audio_attendee_count (int | None | Unset):
        control_attendee_count (int | None | Unset):
        data_attendee_count (int | None | Unset):
        date_insert (datetime.datetime | None | Unset):
        date_start (datetime.datetime | None | Unset):
        date_stop (datetime.datetime | None | Unset):
        duration (float | None | str | Unset): Seconds.
        duration_audio (float | None | str | Unset): Seconds.
        duration_control (float | None | str | Unset): Seconds.
        duration_data (float | None | str | Unset): Seconds.
        duration_meeting (float | None | str | Unset): Seconds.
        duration_recording (float | None | str | Unset): Seconds.
        duration_video (float | None | str | Unset): Seconds.
        endpoint_sid (None | str | Unset):
        has_recording (bool | None | Unset):
        meeting_room_sid (None | str | Unset):
    """

    attendee_count: int | None | Unset = UNSET
    audio_attendee_count: int | None | Unset = UNSET
    control_attendee_count: int | None | Unset = UNSET
    data_attendee_count: int | None | Unset = UNSET
    date_insert: datetime.datetime | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_stop: datetime.datetime | None | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    duration_audio: float | None | str | Unset = UNSET
    duration_control: float | None | str | Unset = UNSET
    duration_data: float | None | str | Unset = UNSET
    duration_meeting: float | None | str | Unset = UNSET
    duration_recording: float | None | str | Unset = UNSET
    duration_video: float | None | str | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    has_recording: bool | None | Unset = UNSET
    meeting_room_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendee_count: int | None | Unset
        if isinstance(self.attendee_count, Unset):
            attendee_count = UNSET
        else:
            attendee_count = self.attendee_count

        audio_attendee_count: int | None | Unset
        if isinstance(self.audio_attendee_count, Unset):
            audio_attendee_count = UNSET
        else:
            audio_attendee_count = self.audio_attendee_count

        control_attendee_count: int | None | Unset
        if isinstance(self.control_attendee_count, Unset):
            control_attendee_count = UNSET
        else:
            control_attendee_count = self.control_attendee_count

        data_attendee_count: int | None | Unset
        if isinstance(self.data_attendee_count, Unset):
            data_attendee_count = UNSET
        else:
            data_attendee_count = self.data_attendee_count

        date_insert: None | str | Unset
        if isinstance(self.date_insert, Unset):
            date_insert = UNSET
        elif isinstance(self.date_insert, datetime.datetime):
            date_insert = self.date_insert.isoformat()
        else:
            date_insert = self.date_insert

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.datetime):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_stop: None | str | Unset
        if isinstance(self.date_stop, Unset):
            date_stop = UNSET
        elif isinstance(self.date_stop, datetime.datetime):
            date_stop = self.date_stop.isoformat()
        else:
            date_stop = self.date_stop

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_audio: float | None | str | Unset
        if isinstance(self.duration_audio, Unset):
            duration_audio = UNSET
        else:
            duration_audio = self.duration_audio

        duration_control: float | None | str | Unset
        if isinstance(self.duration_control, Unset):
            duration_control = UNSET
        else:
            duration_control = self.duration_control

        duration_data: float | None | str | Unset
        if isinstance(self.duration_data, Unset):
            duration_data = UNSET
        else:
            duration_data = self.duration_data

        duration_meeting: float | None | str | Unset
        if isinstance(self.duration_meeting, Unset):
            duration_meeting = UNSET
        else:
            duration_meeting = self.duration_meeting

        duration_recording: float | None | str | Unset
        if isinstance(self.duration_recording, Unset):
            duration_recording = UNSET
        else:
            duration_recording = self.duration_recording

        duration_video: float | None | str | Unset
        if isinstance(self.duration_video, Unset):
            duration_video = UNSET
        else:
            duration_video = self.duration_video

        endpoint_sid: None | str | Unset
        if isinstance(self.endpoint_sid, Unset):
            endpoint_sid = UNSET
        else:
            endpoint_sid = self.endpoint_sid

        has_recording: bool | None | Unset
        if isinstance(self.has_recording, Unset):
            has_recording = UNSET
        else:
            has_recording = self.has_recording

        meeting_room_sid: None | str | Unset
        if isinstance(self.meeting_room_sid, Unset):
            meeting_room_sid = UNSET
        else:
            meeting_room_sid = self.meeting_room_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendee_count is not UNSET:
            field_dict["attendee_count"] = attendee_count
        if audio_attendee_count is not UNSET:
            field_dict["audio_attendee_count"] = audio_attendee_count
        if control_attendee_count is not UNSET:
            field_dict["control_attendee_count"] = control_attendee_count
        if data_attendee_count is not UNSET:
            field_dict["data_attendee_count"] = data_attendee_count
        if date_insert is not UNSET:
            field_dict["date_insert"] = date_insert
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_stop is not UNSET:
            field_dict["date_stop"] = date_stop
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_audio is not UNSET:
            field_dict["duration_audio"] = duration_audio
        if duration_control is not UNSET:
            field_dict["duration_control"] = duration_control
        if duration_data is not UNSET:
            field_dict["duration_data"] = duration_data
        if duration_meeting is not UNSET:
            field_dict["duration_meeting"] = duration_meeting
        if duration_recording is not UNSET:
            field_dict["duration_recording"] = duration_recording
        if duration_video is not UNSET:
            field_dict["duration_video"] = duration_video
        if endpoint_sid is not UNSET:
            field_dict["endpoint_sid"] = endpoint_sid
        if has_recording is not UNSET:
            field_dict["has_recording"] = has_recording
        if meeting_room_sid is not UNSET:
            field_dict["meeting_room_sid"] = meeting_room_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attendee_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attendee_count = _parse_attendee_count(d.pop("attendee_count", UNSET))

        def _parse_audio_attendee_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_attendee_count = _parse_audio_attendee_count(d.pop("audio_attendee_count", UNSET))

        def _parse_control_attendee_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        control_attendee_count = _parse_control_attendee_count(d.pop("control_attendee_count", UNSET))

        def _parse_data_attendee_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_attendee_count = _parse_data_attendee_count(d.pop("data_attendee_count", UNSET))

        def _parse_date_insert(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_insert_type_0 = datetime.datetime.fromisoformat(data)

                return date_insert_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_insert = _parse_date_insert(d.pop("date_insert", UNSET))

        def _parse_date_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.datetime.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_stop_type_0 = datetime.datetime.fromisoformat(data)

                return date_stop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_stop = _parse_date_stop(d.pop("date_stop", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_audio(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_audio = _parse_duration_audio(d.pop("duration_audio", UNSET))

        def _parse_duration_control(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_control = _parse_duration_control(d.pop("duration_control", UNSET))

        def _parse_duration_data(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_data = _parse_duration_data(d.pop("duration_data", UNSET))

        def _parse_duration_meeting(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_meeting = _parse_duration_meeting(d.pop("duration_meeting", UNSET))

        def _parse_duration_recording(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_recording = _parse_duration_recording(d.pop("duration_recording", UNSET))

        def _parse_duration_video(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration_video = _parse_duration_video(d.pop("duration_video", UNSET))

        def _parse_endpoint_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid = _parse_endpoint_sid(d.pop("endpoint_sid", UNSET))

        def _parse_has_recording(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_recording = _parse_has_recording(d.pop("has_recording", UNSET))

        def _parse_meeting_room_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_room_sid = _parse_meeting_room_sid(d.pop("meeting_room_sid", UNSET))

        app_conference_meeting = cls(
            attendee_count=attendee_count,
            audio_attendee_count=audio_attendee_count,
            control_attendee_count=control_attendee_count,
            data_attendee_count=data_attendee_count,
            date_insert=date_insert,
            date_start=date_start,
            date_stop=date_stop,
            duration=duration,
            duration_audio=duration_audio,
            duration_control=duration_control,
            duration_data=duration_data,
            duration_meeting=duration_meeting,
            duration_recording=duration_recording,
            duration_video=duration_video,
            endpoint_sid=endpoint_sid,
            has_recording=has_recording,
            meeting_room_sid=meeting_room_sid,
        )

        app_conference_meeting.additional_properties = d
        return app_conference_meeting

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
