from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Call fields to change (PATCH).

    Attributes:
        muted (bool | Unset): Mute or unmute the call.
        name (str | Unset): Caller name.
        on_hold (bool | Unset): Put the call on hold or take it off.
    """

    muted: bool | Unset = UNSET
    name: str | Unset = UNSET
    on_hold: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        muted = self.muted

        name = self.name

        on_hold = self.on_hold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if muted is not UNSET:
            field_dict["muted"] = muted
        if name is not UNSET:
            field_dict["name"] = name
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        muted = d.pop("muted", UNSET)

        name = d.pop("name", UNSET)

        on_hold = d.pop("on_hold", UNSET)

        call_update = cls(
            muted=muted,
            name=name,
            on_hold=on_hold,
        )

        call_update.additional_properties = d
        return call_update

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
