from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DidGroupReference")


@_attrs_define
class DidGroupReference:
    """A DID group whose numbers reach this meeting room or subscriber.

    Attributes:
        did_group_id (int | None | Unset): ID of the DID group.
        state (int | None | Unset): State code of the reference.
    """

    did_group_id: int | None | Unset = UNSET
    state: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        did_group_id: int | None | Unset
        if isinstance(self.did_group_id, Unset):
            did_group_id = UNSET
        else:
            did_group_id = self.did_group_id

        state: int | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if did_group_id is not UNSET:
            field_dict["didGroupId"] = did_group_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_did_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        did_group_id = _parse_did_group_id(d.pop("didGroupId", UNSET))

        def _parse_state(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        did_group_reference = cls(
            did_group_id=did_group_id,
            state=state,
        )

        did_group_reference.additional_properties = d
        return did_group_reference

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
