from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection
from ..models.conference_role import ConferenceRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call connected to the conference endpoint.

    Attributes:
        access_code (None | str | Unset): Access code the caller entered.
        account_sid (None | str | Unset): SID of the account.
        call_sid (None | str | Unset): Call SID.
        codecs (None | str | Unset): Semicolon-separated codecs in use (e.g. `PCMU`, `OPUS`, `ISAC,VP8`).
        date_created (datetime.datetime | None | Unset): When the call was placed.
        date_joined (datetime.datetime | None | Unset): When the caller joined the meeting.
        direction (CallDirection | None | Unset): Call direction.
        duration (int | None | Unset): Call duration in seconds.
        gain_level (int | None | Unset): Gain of the transmission circuit.
        meeting_room_sid (None | str | Unset): SID of the meeting room; set once the caller enters a meeting.
        meeting_sid (None | str | Unset): SID of the meeting; set once the caller enters a meeting.
        muted (bool | None | Unset): Whether the call is muted.
        name (None | str | Unset): Caller name as sent by the client.
        number_dst (None | str | Unset): The number dialled.
        number_src (None | str | Unset): The calling number.
        on_hold (bool | None | Unset): Whether the call is on hold.
        role (ConferenceRole | None | Unset): Role of the caller in the meeting.
    """

    access_code: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    call_sid: None | str | Unset = UNSET
    codecs: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_joined: datetime.datetime | None | Unset = UNSET
    direction: CallDirection | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    gain_level: int | None | Unset = UNSET
    meeting_room_sid: None | str | Unset = UNSET
    meeting_sid: None | str | Unset = UNSET
    muted: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    number_dst: None | str | Unset = UNSET
    number_src: None | str | Unset = UNSET
    on_hold: bool | None | Unset = UNSET
    role: ConferenceRole | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code: None | str | Unset
        if isinstance(self.access_code, Unset):
            access_code = UNSET
        else:
            access_code = self.access_code

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        call_sid: None | str | Unset
        if isinstance(self.call_sid, Unset):
            call_sid = UNSET
        else:
            call_sid = self.call_sid

        codecs: None | str | Unset
        if isinstance(self.codecs, Unset):
            codecs = UNSET
        else:
            codecs = self.codecs

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_joined: None | str | Unset
        if isinstance(self.date_joined, Unset):
            date_joined = UNSET
        elif isinstance(self.date_joined, datetime.datetime):
            date_joined = self.date_joined.isoformat()
        else:
            date_joined = self.date_joined

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        gain_level: int | None | Unset
        if isinstance(self.gain_level, Unset):
            gain_level = UNSET
        else:
            gain_level = self.gain_level

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

        muted: bool | None | Unset
        if isinstance(self.muted, Unset):
            muted = UNSET
        else:
            muted = self.muted

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number_dst: None | str | Unset
        if isinstance(self.number_dst, Unset):
            number_dst = UNSET
        else:
            number_dst = self.number_dst

        number_src: None | str | Unset
        if isinstance(self.number_src, Unset):
            number_src = UNSET
        else:
            number_src = self.number_src

        on_hold: bool | None | Unset
        if isinstance(self.on_hold, Unset):
            on_hold = UNSET
        else:
            on_hold = self.on_hold

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ConferenceRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_code is not UNSET:
            field_dict["access_code"] = access_code
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration is not UNSET:
            field_dict["duration"] = duration
        if gain_level is not UNSET:
            field_dict["gain_level"] = gain_level
        if meeting_room_sid is not UNSET:
            field_dict["meeting_room_sid"] = meeting_room_sid
        if meeting_sid is not UNSET:
            field_dict["meeting_sid"] = meeting_sid
        if muted is not UNSET:
            field_dict["muted"] = muted
        if name is not UNSET:
            field_dict["name"] = name
        if number_dst is not UNSET:
            field_dict["number_dst"] = number_dst
        if number_src is not UNSET:
            field_dict["number_src"] = number_src
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_code = _parse_access_code(d.pop("access_code", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_sid = _parse_call_sid(d.pop("call_sid", UNSET))

        def _parse_codecs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codecs = _parse_codecs(d.pop("codecs", UNSET))

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

        def _parse_date_joined(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_joined_type_0 = datetime.datetime.fromisoformat(data)

                return date_joined_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_joined = _parse_date_joined(d.pop("date_joined", UNSET))

        def _parse_direction(data: object) -> CallDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_gain_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gain_level = _parse_gain_level(d.pop("gain_level", UNSET))

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

        def _parse_muted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        muted = _parse_muted(d.pop("muted", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_number_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst = _parse_number_dst(d.pop("number_dst", UNSET))

        def _parse_number_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src = _parse_number_src(d.pop("number_src", UNSET))

        def _parse_on_hold(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        on_hold = _parse_on_hold(d.pop("on_hold", UNSET))

        def _parse_role(data: object) -> ConferenceRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = ConferenceRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConferenceRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        call = cls(
            access_code=access_code,
            account_sid=account_sid,
            call_sid=call_sid,
            codecs=codecs,
            date_created=date_created,
            date_joined=date_joined,
            direction=direction,
            duration=duration,
            gain_level=gain_level,
            meeting_room_sid=meeting_room_sid,
            meeting_sid=meeting_sid,
            muted=muted,
            name=name,
            number_dst=number_dst,
            number_src=number_src,
            on_hold=on_hold,
            role=role,
        )

        call.additional_properties = d
        return call

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
