from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_key_role import MeetingKeyRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingKeyCreate")


@_attrs_define
class MeetingKeyCreate:
    """Fields to create a meeting key.

    Attributes:
        role (MeetingKeyRole): Access level of a meeting key: 1 host, 2 participant, 3 listener.
        access_code (str | Unset): DTMF digits; a random code is generated when left out.
        id (int | Unset): ID of this access code.
    """

    role: MeetingKeyRole
    access_code: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        access_code = self.access_code

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = MeetingKeyRole(d.pop("role"))

        access_code = d.pop("accessCode", UNSET)

        id = d.pop("id", UNSET)

        meeting_key_create = cls(
            role=role,
            access_code=access_code,
            id=id,
        )

        meeting_key_create.additional_properties = d
        return meeting_key_create

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
