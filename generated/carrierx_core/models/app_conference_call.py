from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_conference_call_custom_type import AppConferenceCallCustomType
from ..models.app_conference_call_direction import AppConferenceCallDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppConferenceCall")


@_attrs_define
class AppConferenceCall:
    """The detail record of one call to a Conference endpoint (App DR Conf CDR).

    Attributes:
        address_dst (None | str | Unset): Destination SIP address.
        address_src (None | str | Unset): Source SIP address.
        audio_key (None | str | Unset): Audio key of the call.
        bridge (None | str | Unset): Conference bridge that handled the call.
        call_sid (None | str | Unset): Secure ID of the call.
        custom_call_type (AppConferenceCallCustomType | None | Unset):
        custom_name (None | str | Unset):
        date_disconnected (datetime.datetime | None | Unset):
        date_insert (datetime.datetime | None | Unset): When the record was stored.
        date_join (datetime.datetime | None | Unset): When the caller joined the meeting.
        date_start (datetime.datetime | None | Unset):
        date_stop (datetime.datetime | None | Unset):
        direction (AppConferenceCallDirection | None | Unset):
        disconnect_cause (int | None | Unset): Disconnect cause code.
        disconnect_originator (None | str | Unset): Which side ended the call (sample `src`).
        disconnect_reason (None | str | Unset):
        duration (None | str | Unset): Call length in seconds.
        duration_meeting (None | str | Unset): Seconds spent in the meeting.
        endpoint_sid (None | str | Unset):
        meeting_room_sid (None | str | Unset):
        meeting_sid (None | str | Unset):
        node (None | str | Unset):
        number_dst (None | str | Unset):
        number_src (None | str | Unset):
        partner_sid (None | str | Unset):
        role (None | str | Unset): Role of the caller (sample `host`).
        user_agent (None | str | Unset):
    """

    address_dst: None | str | Unset = UNSET
    address_src: None | str | Unset = UNSET
    audio_key: None | str | Unset = UNSET
    bridge: None | str | Unset = UNSET
    call_sid: None | str | Unset = UNSET
    custom_call_type: AppConferenceCallCustomType | None | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    date_disconnected: datetime.datetime | None | Unset = UNSET
    date_insert: datetime.datetime | None | Unset = UNSET
    date_join: datetime.datetime | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_stop: datetime.datetime | None | Unset = UNSET
    direction: AppConferenceCallDirection | None | Unset = UNSET
    disconnect_cause: int | None | Unset = UNSET
    disconnect_originator: None | str | Unset = UNSET
    disconnect_reason: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    duration_meeting: None | str | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    meeting_room_sid: None | str | Unset = UNSET
    meeting_sid: None | str | Unset = UNSET
    node: None | str | Unset = UNSET
    number_dst: None | str | Unset = UNSET
    number_src: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_dst: None | str | Unset
        if isinstance(self.address_dst, Unset):
            address_dst = UNSET
        else:
            address_dst = self.address_dst

        address_src: None | str | Unset
        if isinstance(self.address_src, Unset):
            address_src = UNSET
        else:
            address_src = self.address_src

        audio_key: None | str | Unset
        if isinstance(self.audio_key, Unset):
            audio_key = UNSET
        else:
            audio_key = self.audio_key

        bridge: None | str | Unset
        if isinstance(self.bridge, Unset):
            bridge = UNSET
        else:
            bridge = self.bridge

        call_sid: None | str | Unset
        if isinstance(self.call_sid, Unset):
            call_sid = UNSET
        else:
            call_sid = self.call_sid

        custom_call_type: None | str | Unset
        if isinstance(self.custom_call_type, Unset):
            custom_call_type = UNSET
        elif isinstance(self.custom_call_type, AppConferenceCallCustomType):
            custom_call_type = self.custom_call_type.value
        else:
            custom_call_type = self.custom_call_type

        custom_name: None | str | Unset
        if isinstance(self.custom_name, Unset):
            custom_name = UNSET
        else:
            custom_name = self.custom_name

        date_disconnected: None | str | Unset
        if isinstance(self.date_disconnected, Unset):
            date_disconnected = UNSET
        elif isinstance(self.date_disconnected, datetime.datetime):
            date_disconnected = self.date_disconnected.isoformat()
        else:
            date_disconnected = self.date_disconnected

        date_insert: None | str | Unset
        if isinstance(self.date_insert, Unset):
            date_insert = UNSET
        elif isinstance(self.date_insert, datetime.datetime):
            date_insert = self.date_insert.isoformat()
        else:
            date_insert = self.date_insert

        date_join: None | str | Unset
        if isinstance(self.date_join, Unset):
            date_join = UNSET
        elif isinstance(self.date_join, datetime.datetime):
            date_join = self.date_join.isoformat()
        else:
            date_join = self.date_join

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

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, AppConferenceCallDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        disconnect_cause: int | None | Unset
        if isinstance(self.disconnect_cause, Unset):
            disconnect_cause = UNSET
        else:
            disconnect_cause = self.disconnect_cause

        disconnect_originator: None | str | Unset
        if isinstance(self.disconnect_originator, Unset):
            disconnect_originator = UNSET
        else:
            disconnect_originator = self.disconnect_originator

        disconnect_reason: None | str | Unset
        if isinstance(self.disconnect_reason, Unset):
            disconnect_reason = UNSET
        else:
            disconnect_reason = self.disconnect_reason

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_meeting: None | str | Unset
        if isinstance(self.duration_meeting, Unset):
            duration_meeting = UNSET
        else:
            duration_meeting = self.duration_meeting

        endpoint_sid: None | str | Unset
        if isinstance(self.endpoint_sid, Unset):
            endpoint_sid = UNSET
        else:
            endpoint_sid = self.endpoint_sid

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

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

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

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_dst is not UNSET:
            field_dict["address_dst"] = address_dst
        if address_src is not UNSET:
            field_dict["address_src"] = address_src
        if audio_key is not UNSET:
            field_dict["audio_key"] = audio_key
        if bridge is not UNSET:
            field_dict["bridge"] = bridge
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if custom_call_type is not UNSET:
            field_dict["custom_call_type"] = custom_call_type
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name
        if date_disconnected is not UNSET:
            field_dict["date_disconnected"] = date_disconnected
        if date_insert is not UNSET:
            field_dict["date_insert"] = date_insert
        if date_join is not UNSET:
            field_dict["date_join"] = date_join
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_stop is not UNSET:
            field_dict["date_stop"] = date_stop
        if direction is not UNSET:
            field_dict["direction"] = direction
        if disconnect_cause is not UNSET:
            field_dict["disconnect_cause"] = disconnect_cause
        if disconnect_originator is not UNSET:
            field_dict["disconnect_originator"] = disconnect_originator
        if disconnect_reason is not UNSET:
            field_dict["disconnect_reason"] = disconnect_reason
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_meeting is not UNSET:
            field_dict["duration_meeting"] = duration_meeting
        if endpoint_sid is not UNSET:
            field_dict["endpoint_sid"] = endpoint_sid
        if meeting_room_sid is not UNSET:
            field_dict["meeting_room_sid"] = meeting_room_sid
        if meeting_sid is not UNSET:
            field_dict["meeting_sid"] = meeting_sid
        if node is not UNSET:
            field_dict["node"] = node
        if number_dst is not UNSET:
            field_dict["number_dst"] = number_dst
        if number_src is not UNSET:
            field_dict["number_src"] = number_src
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if role is not UNSET:
            field_dict["role"] = role
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_dst = _parse_address_dst(d.pop("address_dst", UNSET))

        def _parse_address_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_src = _parse_address_src(d.pop("address_src", UNSET))

        def _parse_audio_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_key = _parse_audio_key(d.pop("audio_key", UNSET))

        def _parse_bridge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bridge = _parse_bridge(d.pop("bridge", UNSET))

        def _parse_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_sid = _parse_call_sid(d.pop("call_sid", UNSET))

        def _parse_custom_call_type(data: object) -> AppConferenceCallCustomType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_call_type_type_0 = AppConferenceCallCustomType(data)

                return custom_call_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppConferenceCallCustomType | None | Unset, data)

        custom_call_type = _parse_custom_call_type(d.pop("custom_call_type", UNSET))

        def _parse_custom_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_name = _parse_custom_name(d.pop("custom_name", UNSET))

        def _parse_date_disconnected(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_disconnected_type_0 = datetime.datetime.fromisoformat(data)

                return date_disconnected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_disconnected = _parse_date_disconnected(d.pop("date_disconnected", UNSET))

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

        def _parse_date_join(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_join_type_0 = datetime.datetime.fromisoformat(data)

                return date_join_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_join = _parse_date_join(d.pop("date_join", UNSET))

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

        def _parse_direction(data: object) -> AppConferenceCallDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = AppConferenceCallDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppConferenceCallDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_disconnect_cause(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disconnect_cause = _parse_disconnect_cause(d.pop("disconnect_cause", UNSET))

        def _parse_disconnect_originator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disconnect_originator = _parse_disconnect_originator(d.pop("disconnect_originator", UNSET))

        def _parse_disconnect_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disconnect_reason = _parse_disconnect_reason(d.pop("disconnect_reason", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_meeting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_meeting = _parse_duration_meeting(d.pop("duration_meeting", UNSET))

        def _parse_endpoint_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid = _parse_endpoint_sid(d.pop("endpoint_sid", UNSET))

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

        def _parse_node(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node = _parse_node(d.pop("node", UNSET))

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

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        app_conference_call = cls(
            address_dst=address_dst,
            address_src=address_src,
            audio_key=audio_key,
            bridge=bridge,
            call_sid=call_sid,
            custom_call_type=custom_call_type,
            custom_name=custom_name,
            date_disconnected=date_disconnected,
            date_insert=date_insert,
            date_join=date_join,
            date_start=date_start,
            date_stop=date_stop,
            direction=direction,
            disconnect_cause=disconnect_cause,
            disconnect_originator=disconnect_originator,
            disconnect_reason=disconnect_reason,
            duration=duration,
            duration_meeting=duration_meeting,
            endpoint_sid=endpoint_sid,
            meeting_room_sid=meeting_room_sid,
            meeting_sid=meeting_sid,
            node=node,
            number_dst=number_dst,
            number_src=number_src,
            partner_sid=partner_sid,
            role=role,
            user_agent=user_agent,
        )

        app_conference_call.additional_properties = d
        return app_conference_call

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
