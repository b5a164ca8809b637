from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties
    from ..models.meeting_key import MeetingKey


T = TypeVar("T", bound="MeetingRoom")


@_attrs_define
class MeetingRoom:
    """A meeting room: its configuration and access codes.

    Attributes:
        access_codes (list[MeetingKey] | None | Unset): Access codes and the roles they grant.
        account_sid (None | str | Unset): SID of the account.
        properties (CallFlowProperties | None | Unset): Call flow properties overridden at meeting room level.
        did_group_sid (None | str | Unset): SID of the DID group of the room; `null` when not set.
        meeting_room_sid (None | str | Unset): Meeting room SID.
        name (None | str | Unset): Display name of the room.
    """

    access_codes: list[MeetingKey] | None | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    properties: CallFlowProperties | None | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    meeting_room_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        access_codes: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_codes, Unset):
            access_codes = UNSET
        elif isinstance(self.access_codes, list):
            access_codes = []
            for access_codes_type_0_item_data in self.access_codes:
                access_codes_type_0_item = access_codes_type_0_item_data.to_dict()
                access_codes.append(access_codes_type_0_item)

        else:
            access_codes = self.access_codes

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, CallFlowProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

        meeting_room_sid: None | str | Unset
        if isinstance(self.meeting_room_sid, Unset):
            meeting_room_sid = UNSET
        else:
            meeting_room_sid = self.meeting_room_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_codes is not UNSET:
            field_dict["access_codes"] = access_codes
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if meeting_room_sid is not UNSET:
            field_dict["meeting_room_sid"] = meeting_room_sid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415
        from ..models.meeting_key import MeetingKey  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_codes(data: object) -> list[MeetingKey] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_codes_type_0 = []
                _access_codes_type_0 = data
                for access_codes_type_0_item_data in _access_codes_type_0:
                    access_codes_type_0_item = MeetingKey.from_dict(access_codes_type_0_item_data)

                    access_codes_type_0.append(access_codes_type_0_item)

                return access_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingKey] | None | Unset, data)

        access_codes = _parse_access_codes(d.pop("access_codes", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_properties(data: object) -> CallFlowProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = CallFlowProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallFlowProperties | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        def _parse_meeting_room_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_room_sid = _parse_meeting_room_sid(d.pop("meeting_room_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        meeting_room = cls(
            access_codes=access_codes,
            account_sid=account_sid,
            properties=properties,
            did_group_sid=did_group_sid,
            meeting_room_sid=meeting_room_sid,
            name=name,
        )

        meeting_room.additional_properties = d
        return meeting_room

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
