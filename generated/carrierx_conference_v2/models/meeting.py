from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_on_hold import MeetingOnHold
from ..models.meeting_participant_muted import MeetingParticipantMuted
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_attendees import MeetingAttendees


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting in progress.

    Attributes:
        account_sid (None | str | Unset): SID of the account.
        attendees (MeetingAttendees | None | Unset): Count of callers per role.
        date_created (datetime.datetime | None | Unset): When the meeting started.
        duration (int | None | Unset): Meeting duration in seconds.
        locked (bool | None | Unset): Whether the meeting is closed to new participants and listeners (hosts can still
            join).
        meeting_room_sid (None | str | Unset): SID of the meeting room.
        meeting_sid (None | str | Unset): Meeting SID.
        on_hold (MeetingOnHold | None | Unset): Roles for which the meeting is on hold.
        participant_muted (MeetingParticipantMuted | None | Unset): Mute mode of the meeting.
        recording (bool | None | Unset): Whether the meeting is being recorded.
    """

    account_sid: None | str | Unset = UNSET
    attendees: MeetingAttendees | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    locked: bool | None | Unset = UNSET
    meeting_room_sid: None | str | Unset = UNSET
    meeting_sid: None | str | Unset = UNSET
    on_hold: MeetingOnHold | None | Unset = UNSET
    participant_muted: MeetingParticipantMuted | None | Unset = UNSET
    recording: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meeting_attendees import MeetingAttendees  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        attendees: dict[str, Any] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, MeetingAttendees):
            attendees = self.attendees.to_dict()
        else:
            attendees = self.attendees

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        meeting_room_sid: None | str | Unset
        if isinstance(self.meeting_room_sid, Unset):
            meeting_room_sid = UNSET
        else:
            meeting_room_sid = self.meeting_room_sid

        meeting_sid: None | str | Unset
        if isinstance(self.meeting_sid, Unset):
            meeting_sid = UNSET
        else:
            meeting_sid = self.meeting_sid

        on_hold: None | str | Unset
        if isinstance(self.on_hold, Unset):
            on_hold = UNSET
        elif isinstance(self.on_hold, MeetingOnHold):
            on_hold = self.on_hold.value
        else:
            on_hold = self.on_hold

        participant_muted: None | str | Unset
        if isinstance(self.participant_muted, Unset):
            participant_muted = UNSET
        elif isinstance(self.participant_muted, MeetingParticipantMuted):
            participant_muted = self.participant_muted.value
        else:
            participant_muted = self.participant_muted

        recording: bool | None | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        else:
            recording = self.recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if duration is not UNSET:
            field_dict["duration"] = duration
        if locked is not UNSET:
            field_dict["locked"] = locked
        if meeting_room_sid is not UNSET:
            field_dict["meeting_room_sid"] = meeting_room_sid
        if meeting_sid is not UNSET:
            field_dict["meeting_sid"] = meeting_sid
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if participant_muted is not UNSET:
            field_dict["participant_muted"] = participant_muted
        if recording is not UNSET:
            field_dict["recording"] = recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_attendees import MeetingAttendees  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_attendees(data: object) -> MeetingAttendees | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attendees_type_0 = MeetingAttendees.from_dict(data)

                return attendees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingAttendees | None | Unset, data)

        attendees = _parse_attendees(d.pop("attendees", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        def _parse_meeting_room_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_room_sid = _parse_meeting_room_sid(d.pop("meeting_room_sid", UNSET))

        def _parse_meeting_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_sid = _parse_meeting_sid(d.pop("meeting_sid", UNSET))

        def _parse_on_hold(data: object) -> MeetingOnHold | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_hold_type_0 = MeetingOnHold(data)

                return on_hold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingOnHold | None | Unset, data)

        on_hold = _parse_on_hold(d.pop("on_hold", UNSET))

        def _parse_participant_muted(data: object) -> MeetingParticipantMuted | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_muted_type_0 = MeetingParticipantMuted(data)

                return participant_muted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingParticipantMuted | None | Unset, data)

        participant_muted = _parse_participant_muted(d.pop("participant_muted", UNSET))

        def _parse_recording(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        meeting = cls(
            account_sid=account_sid,
            attendees=attendees,
            date_created=date_created,
            duration=duration,
            locked=locked,
            meeting_room_sid=meeting_room_sid,
            meeting_sid=meeting_sid,
            on_hold=on_hold,
            participant_muted=participant_muted,
            recording=recording,
        )

        meeting.additional_properties = d
        return meeting

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
