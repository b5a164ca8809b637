from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryIpLocation")


@_attrs_define
class CountryIpLocation:
    """Where an IP address is located.

    Attributes:
        city (None | str | Unset):
        common_name (None | str | Unset):
        iso_3166_alpha_2 (None | str | Unset):
        region (None | str | Unset):
        state (None | str | Unset):
    """

    city: None | str | Unset = UNSET
    common_name: None | str | Unset = UNSET
    iso_3166_alpha_2: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        common_name: None | str | Unset
        if isinstance(self.common_name, Unset):
            common_name = UNSET
        else:
            common_name = self.common_name

        iso_3166_alpha_2: None | str | Unset
        if isinstance(self.iso_3166_alpha_2, Unset):
            iso_3166_alpha_2 = UNSET
        else:
            iso_3166_alpha_2 = self.iso_3166_alpha_2

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if common_name is not UNSET:
            field_dict["common_name"] = common_name
        if iso_3166_alpha_2 is not UNSET:
            field_dict["iso_3166_alpha_2"] = iso_3166_alpha_2
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_common_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        common_name = _parse_common_name(d.pop("common_name", UNSET))

        def _parse_iso_3166_alpha_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_3166_alpha_2 = _parse_iso_3166_alpha_2(d.pop("iso_3166_alpha_2", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        country_ip_location = cls(
            city=city,
            common_name=common_name,
            iso_3166_alpha_2=iso_3166_alpha_2,
            region=region,
            state=state,
        )

        country_ip_location.additional_properties = d
        return country_ip_location

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
