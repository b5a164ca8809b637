from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.did_emergency_location import DidEmergencyLocation


T = TypeVar("T", bound="DidEmergencyUpdate")


@_attrs_define
class DidEmergencyUpdate:
    """DID emergency fields to change (PATCH).

    Attributes:
        caller_name (str | Unset):
        enabled (bool | Unset):
        locations (list[DidEmergencyLocation] | Unset):
    """

    caller_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    locations: list[DidEmergencyLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_name = self.caller_name

        enabled = self.enabled

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if locations is not UNSET:
            field_dict["locations"] = locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.did_emergency_location import DidEmergencyLocation  # noqa: PLC0415

        d = dict(src_dict)
        caller_name = d.pop("caller_name", UNSET)

        enabled = d.pop("enabled", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[DidEmergencyLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = DidEmergencyLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        did_emergency_update = cls(
            caller_name=caller_name,
            enabled=enabled,
            locations=locations,
        )

        did_emergency_update.additional_properties = d
        return did_emergency_update

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
