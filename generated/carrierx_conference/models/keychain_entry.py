from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_key_role import MeetingKeyRole

T = TypeVar("T", bound="KeychainEntry")


@_attrs_define
class KeychainEntry:
    """An access code with its role, as sent in a meeting room's keychain.

    Attributes:
        access_code (str): DTMF digits.
        role (MeetingKeyRole): Access level of a meeting key: 1 host, 2 participant, 3 listener.
    """

    access_code: str
    role: MeetingKeyRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code = self.access_code

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessCode": access_code,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_code = d.pop("accessCode")

        role = MeetingKeyRole(d.pop("role"))

        keychain_entry = cls(
            access_code=access_code,
            role=role,
        )

        keychain_entry.additional_properties = d
        return keychain_entry

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
