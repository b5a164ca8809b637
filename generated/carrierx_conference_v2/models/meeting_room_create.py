from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties
    from ..models.meeting_key import MeetingKey


T = TypeVar("T", bound="MeetingRoomCreate")


@_attrs_define
class MeetingRoomCreate:
    """Fields of a new meeting room; none is required (`{}` is accepted).

    Attributes:
        access_codes (list[MeetingKey] | Unset): Access codes and the roles they grant; unique across the endpoint.
        properties (CallFlowProperties | Unset): Call flow settings as a flat map of string values. On a call flow they
            are the defaults; on an account, DID group, DID or meeting room they override them (meeting room wins over DID,
            DID over DID group, DID group over account, account over call flow). Send only the keys to override.
        did_group_sid (str | Unset): SID of the DID group of the room.
        name (str | Unset): Display name of the room.
    """

    access_codes: list[MeetingKey] | Unset = UNSET
    properties: CallFlowProperties | Unset = UNSET
    did_group_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_codes, Unset):
            access_codes = []
            for access_codes_item_data in self.access_codes:
                access_codes_item = access_codes_item_data.to_dict()
                access_codes.append(access_codes_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        did_group_sid = self.did_group_sid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_codes is not UNSET:
            field_dict["access_codes"] = access_codes
        if properties is not UNSET:
            field_dict["properties"] = properties
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415
        from ..models.meeting_key import MeetingKey  # noqa: PLC0415

        d = dict(src_dict)
        _access_codes = d.pop("access_codes", UNSET)
        access_codes: list[MeetingKey] | Unset = UNSET
        if _access_codes is not UNSET:
            access_codes = []
            for access_codes_item_data in _access_codes:
                access_codes_item = MeetingKey.from_dict(access_codes_item_data)

                access_codes.append(access_codes_item)

        _properties = d.pop("properties", UNSET)
        properties: CallFlowProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CallFlowProperties.from_dict(_properties)

        did_group_sid = d.pop("did_group_sid", UNSET)

        name = d.pop("name", UNSET)

        meeting_room_create = cls(
            access_codes=access_codes,
            properties=properties,
            did_group_sid=did_group_sid,
            name=name,
        )

        meeting_room_create.additional_properties = d
        return meeting_room_create

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
