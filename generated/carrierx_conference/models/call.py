from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_hold_mode import CallHoldMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call connected to a meeting; it exists while the call lasts.

    Attributes:
        access_code (None | str | Unset): Access code the caller entered.
        address_from (None | str | Unset): Calling address.
        address_to (None | str | Unset): Called address (may be a SIP URI).
        bridge_name (None | str | Unset): Name of the bridge handling the call.
        callee (None | str | Unset): Called number.
        caller (None | str | Unset): Calling number.
        codec (None | str | Unset): Audio codec.
        connection_status (int | None | Unset): Connection (direction) code.
        created (int | None | Unset): When the call was created (UNIX time, milliseconds).
        custom_name (None | str | Unset): Custom name of the caller.
        duration (int | None | Unset): Duration in seconds.
        gain_level (int | None | Unset): Audio gain level.
        hold_mode (CallHoldMode | None | Unset): Hold code: 0 nobody on hold, 40 participants and listeners on hold.
        id (int | None | Unset): Call ID.
        joined (int | None | Unset): When the caller joined the meeting (UNIX time, milliseconds).
        meeting_number (int | None | Unset): Number of the meeting the call is in.
        mute_mode (int | None | Unset): Mute code.
        node_name (None | str | Unset): Node handling the call.
        presenter_media (int | None | Unset): Presenter media bit flags.
        qa_mode (int | None | Unset): Q&A mode code.
        role (int | None | Unset): Role code of the caller (1 host in the sample).
        state (int | None | Unset): Call state code.
    """

    access_code: None | str | Unset = UNSET
    address_from: None | str | Unset = UNSET
    address_to: None | str | Unset = UNSET
    bridge_name: None | str | Unset = UNSET
    callee: None | str | Unset = UNSET
    caller: None | str | Unset = UNSET
    codec: None | str | Unset = UNSET
    connection_status: int | None | Unset = UNSET
    created: int | None | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    gain_level: int | None | Unset = UNSET
    hold_mode: CallHoldMode | None | Unset = UNSET
    id: int | None | Unset = UNSET
    joined: int | None | Unset = UNSET
    meeting_number: int | None | Unset = UNSET
    mute_mode: int | None | Unset = UNSET
    node_name: None | str | Unset = UNSET
    presenter_media: int | None | Unset = UNSET
    qa_mode: int | None | Unset = UNSET
    role: int | None | Unset = UNSET
    state: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code: None | str | Unset
        if isinstance(self.access_code, Unset):
            access_code = UNSET
        else:
            access_code = self.access_code

        address_from: None | str | Unset
        if isinstance(self.address_from, Unset):
            address_from = UNSET
        else:
            address_from = self.address_from

        address_to: None | str | Unset
        if isinstance(self.address_to, Unset):
            address_to = UNSET
        else:
            address_to = self.address_to

        bridge_name: None | str | Unset
        if isinstance(self.bridge_name, Unset):
            bridge_name = UNSET
        else:
            bridge_name = self.bridge_name

        callee: None | str | Unset
        if isinstance(self.callee, Unset):
            callee = UNSET
        else:
            callee = self.callee

        caller: None | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        codec: None | str | Unset
        if isinstance(self.codec, Unset):
            codec = UNSET
        else:
            codec = self.codec

        connection_status: int | None | Unset
        if isinstance(self.connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = self.connection_status

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        custom_name: None | str | Unset
        if isinstance(self.custom_name, Unset):
            custom_name = UNSET
        else:
            custom_name = self.custom_name

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

        hold_mode: int | None | Unset
        if isinstance(self.hold_mode, Unset):
            hold_mode = UNSET
        elif isinstance(self.hold_mode, CallHoldMode):
            hold_mode = self.hold_mode.value
        else:
            hold_mode = self.hold_mode

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        joined: int | None | Unset
        if isinstance(self.joined, Unset):
            joined = UNSET
        else:
            joined = self.joined

        meeting_number: int | None | Unset
        if isinstance(self.meeting_number, Unset):
            meeting_number = UNSET
        else:
            meeting_number = self.meeting_number

        mute_mode: int | None | Unset
        if isinstance(self.mute_mode, Unset):
            mute_mode = UNSET
        else:
            mute_mode = self.mute_mode

        node_name: None | str | Unset
        if isinstance(self.node_name, Unset):
            node_name = UNSET
        else:
            node_name = self.node_name

        presenter_media: int | None | Unset
        if isinstance(self.presenter_media, Unset):
            presenter_media = UNSET
        else:
            presenter_media = self.presenter_media

        qa_mode: int | None | Unset
        if isinstance(self.qa_mode, Unset):
            qa_mode = UNSET
        else:
            qa_mode = self.qa_mode

        role: int | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        state: int | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if address_from is not UNSET:
            field_dict["addressFrom"] = address_from
        if address_to is not UNSET:
            field_dict["addressTo"] = address_to
        if bridge_name is not UNSET:
            field_dict["bridgeName"] = bridge_name
        if callee is not UNSET:
            field_dict["callee"] = callee
        if caller is not UNSET:
            field_dict["caller"] = caller
        if codec is not UNSET:
            field_dict["codec"] = codec
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if created is not UNSET:
            field_dict["created"] = created
        if custom_name is not UNSET:
            field_dict["customName"] = custom_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if gain_level is not UNSET:
            field_dict["gainLevel"] = gain_level
        if hold_mode is not UNSET:
            field_dict["holdMode"] = hold_mode
        if id is not UNSET:
            field_dict["id"] = id
        if joined is not UNSET:
            field_dict["joined"] = joined
        if meeting_number is not UNSET:
            field_dict["meetingNumber"] = meeting_number
        if mute_mode is not UNSET:
            field_dict["muteMode"] = mute_mode
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name
        if presenter_media is not UNSET:
            field_dict["presenterMedia"] = presenter_media
        if qa_mode is not UNSET:
            field_dict["qaMode"] = qa_mode
        if role is not UNSET:
            field_dict["role"] = role
        if state is not UNSET:
            field_dict["state"] = state

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

        access_code = _parse_access_code(d.pop("accessCode", UNSET))

        def _parse_address_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_from = _parse_address_from(d.pop("addressFrom", UNSET))

        def _parse_address_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_to = _parse_address_to(d.pop("addressTo", UNSET))

        def _parse_bridge_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bridge_name = _parse_bridge_name(d.pop("bridgeName", UNSET))

        def _parse_callee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callee = _parse_callee(d.pop("callee", UNSET))

        def _parse_caller(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codec = _parse_codec(d.pop("codec", UNSET))

        def _parse_connection_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connection_status = _parse_connection_status(d.pop("connectionStatus", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_custom_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_name = _parse_custom_name(d.pop("customName", UNSET))

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

        gain_level = _parse_gain_level(d.pop("gainLevel", UNSET))

        def _parse_hold_mode(data: object) -> CallHoldMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                hold_mode_type_0 = CallHoldMode(data)

                return hold_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallHoldMode | None | Unset, data)

        hold_mode = _parse_hold_mode(d.pop("holdMode", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_joined(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        joined = _parse_joined(d.pop("joined", UNSET))

        def _parse_meeting_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_number = _parse_meeting_number(d.pop("meetingNumber", UNSET))

        def _parse_mute_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mute_mode = _parse_mute_mode(d.pop("muteMode", UNSET))

        def _parse_node_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_name = _parse_node_name(d.pop("nodeName", UNSET))

        def _parse_presenter_media(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        presenter_media = _parse_presenter_media(d.pop("presenterMedia", UNSET))

        def _parse_qa_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        qa_mode = _parse_qa_mode(d.pop("qaMode", UNSET))

        def _parse_role(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_state(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        call = cls(
            access_code=access_code,
            address_from=address_from,
            address_to=address_to,
            bridge_name=bridge_name,
            callee=callee,
            caller=caller,
            codec=codec,
            connection_status=connection_status,
            created=created,
            custom_name=custom_name,
            duration=duration,
            gain_level=gain_level,
            hold_mode=hold_mode,
            id=id,
            joined=joined,
            meeting_number=meeting_number,
            mute_mode=mute_mode,
            node_name=node_name,
            presenter_media=presenter_media,
            qa_mode=qa_mode,
            role=role,
            state=state,
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
