from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DidGroupReferenceInput")


@_attrs_define
class DidGroupReferenceInput:
    """A DID group reference to send.

    Attributes:
        did_group_id (int): ID of the DID group.
        state (int | Unset): State code of the reference.
    """

    did_group_id: int
    state: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        did_group_id = self.did_group_id

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "didGroupId": did_group_id,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        did_group_id = d.pop("didGroupId")

        state = d.pop("state", UNSET)

        did_group_reference_input = cls(
            did_group_id=did_group_id,
            state=state,
        )

        did_group_reference_input.additional_properties = d
        return did_group_reference_input

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
