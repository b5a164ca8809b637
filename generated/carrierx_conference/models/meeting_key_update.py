from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_key_role import MeetingKeyRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingKeyUpdate")


@_attrs_define
class MeetingKeyUpdate:
    """Meeting key fields to change (PUT changes only what is sent).

    Attributes:
        access_code (str | Unset): DTMF digits.
        id (int | Unset): ID of this access code.
        role (MeetingKeyRole | Unset): Access level of a meeting key: 1 host, 2 participant, 3 listener.
    """

    access_code: str | Unset = UNSET
    id: int | Unset = UNSET
    role: MeetingKeyRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code = self.access_code

        id = self.id

        role: int | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_code = d.pop("accessCode", UNSET)

        id = d.pop("id", UNSET)

        _role = d.pop("role", UNSET)
        role: MeetingKeyRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MeetingKeyRole(_role)

        meeting_key_update = cls(
            access_code=access_code,
            id=id,
            role=role,
        )

        meeting_key_update.additional_properties = d
        return meeting_key_update

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
