from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_key_role import MeetingKeyRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingKey")


@_attrs_define
class MeetingKey:
    """An access code of a meeting room and the role it grants.

    Attributes:
        access_code (None | str | Unset): DTMF digits callers enter to join.
        id (int | None | Unset): ID of this access code.
        meeting_room_id (int | None | Unset): ID of the meeting room (returned by create and update only).
        role (MeetingKeyRole | None | Unset): Role code: 1 host, 2 participant, 3 listener.
    """

    access_code: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    meeting_room_id: int | None | Unset = UNSET
    role: MeetingKeyRole | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code: None | str | Unset
        if isinstance(self.access_code, Unset):
            access_code = UNSET
        else:
            access_code = self.access_code

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        meeting_room_id: int | None | Unset
        if isinstance(self.meeting_room_id, Unset):
            meeting_room_id = UNSET
        else:
            meeting_room_id = self.meeting_room_id

        role: int | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, MeetingKeyRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if id is not UNSET:
            field_dict["id"] = id
        if meeting_room_id is not UNSET:
            field_dict["meetingRoomId"] = meeting_room_id
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

        access_code = _parse_access_code(d.pop("accessCode", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_meeting_room_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_room_id = _parse_meeting_room_id(d.pop("meetingRoomId", UNSET))

        def _parse_role(data: object) -> MeetingKeyRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                role_type_0 = MeetingKeyRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingKeyRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        meeting_key = cls(
            access_code=access_code,
            id=id,
            meeting_room_id=meeting_room_id,
            role=role,
        )

        meeting_key.additional_properties = d
        return meeting_key

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
