from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.did_emergency_location import DidEmergencyLocation


T = TypeVar("T", bound="DidEmergency")


@_attrs_define
class DidEmergency:
    """Emergency-service data of a DID: caller name and registered locations.

    Attributes:
        caller_name (None | str | Unset): Name shown to the called party.
        enabled (bool | None | Unset): When false no record is kept in the central registry; fields stay editable.
        locations (list[DidEmergencyLocation] | None | Unset):
    """

    caller_name: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    locations: list[DidEmergencyLocation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_name: None | str | Unset
        if isinstance(self.caller_name, Unset):
            caller_name = UNSET
        else:
            caller_name = self.caller_name

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        locations: list[dict[str, Any]] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = []
            for locations_type_0_item_data in self.locations:
                locations_type_0_item = locations_type_0_item_data.to_dict()
                locations.append(locations_type_0_item)

        else:
            locations = self.locations

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

        def _parse_caller_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_name = _parse_caller_name(d.pop("caller_name", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_locations(data: object) -> list[DidEmergencyLocation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = []
                _locations_type_0 = data
                for locations_type_0_item_data in _locations_type_0:
                    locations_type_0_item = DidEmergencyLocation.from_dict(locations_type_0_item_data)

                    locations_type_0.append(locations_type_0_item)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DidEmergencyLocation] | None | Unset, data)

        locations = _parse_locations(d.pop("locations", UNSET))

        did_emergency = cls(
            caller_name=caller_name,
            enabled=enabled,
            locations=locations,
        )

        did_emergency.additional_properties = d
        return did_emergency

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
