from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """Reference data about a country.

    Attributes:
        capital (None | str | Unset):
        common_name (None | str | Unset):
        dialing_prefix (None | str | Unset): International dialing code.
        domain (None | str | Unset): Country internet domain.
        iso_3166_alpha_2 (None | str | Unset):
        iso_3166_alpha_3 (None | str | Unset):
        iso_3166_numeric (int | None | Unset):
        mcc (None | str | Unset): Mobile country code(s), comma-separated when several.
        official_name (None | str | Unset):
        region (None | str | Unset):
        subregion (None | str | Unset):
    """

    capital: None | str | Unset = UNSET
    common_name: None | str | Unset = UNSET
    dialing_prefix: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    iso_3166_alpha_2: None | str | Unset = UNSET
    iso_3166_alpha_3: None | str | Unset = UNSET
    iso_3166_numeric: int | None | Unset = UNSET
    mcc: None | str | Unset = UNSET
    official_name: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    subregion: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capital: None | str | Unset
        if isinstance(self.capital, Unset):
            capital = UNSET
        else:
            capital = self.capital

        common_name: None | str | Unset
        if isinstance(self.common_name, Unset):
            common_name = UNSET
        else:
            common_name = self.common_name

        dialing_prefix: None | str | Unset
        if isinstance(self.dialing_prefix, Unset):
            dialing_prefix = UNSET
        else:
            dialing_prefix = self.dialing_prefix

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        iso_3166_alpha_2: None | str | Unset
        if isinstance(self.iso_3166_alpha_2, Unset):
            iso_3166_alpha_2 = UNSET
        else:
            iso_3166_alpha_2 = self.iso_3166_alpha_2

        iso_3166_alpha_3: None | str | Unset
        if isinstance(self.iso_3166_alpha_3, Unset):
            iso_3166_alpha_3 = UNSET
        else:
            iso_3166_alpha_3 = self.iso_3166_alpha_3

        iso_3166_numeric: int | None | Unset
        if isinstance(self.iso_3166_numeric, Unset):
            iso_3166_numeric = UNSET
        else:
            iso_3166_numeric = self.iso_3166_numeric

        mcc: None | str | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        official_name: None | str | Unset
        if isinstance(self.official_name, Unset):
            official_name = UNSET
        else:
            official_name = self.official_name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        subregion: None | str | Unset
        if isinstance(self.subregion, Unset):
            subregion = UNSET
        else:
            subregion = self.subregion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capital is not UNSET:
            field_dict["capital"] = capital
        if common_name is not UNSET:
            field_dict["common_name"] = common_name
        if dialing_prefix is not UNSET:
            field_dict["dialing_prefix"] = dialing_prefix
        if domain is not UNSET:
            field_dict["domain"] = domain
        if iso_3166_alpha_2 is not UNSET:
            field_dict["iso_3166_alpha_2"] = iso_3166_alpha_2
        if iso_3166_alpha_3 is not UNSET:
            field_dict["iso_3166_alpha_3"] = iso_3166_alpha_3
        if iso_3166_numeric is not UNSET:
            field_dict["iso_3166_numeric"] = iso_3166_numeric
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if official_name is not UNSET:
            field_dict["official_name"] = official_name
        if region is not UNSET:
            field_dict["region"] = region
        if subregion is not UNSET:
            field_dict["subregion"] = subregion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capital(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capital = _parse_capital(d.pop("capital", UNSET))

        def _parse_common_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        common_name = _parse_common_name(d.pop("common_name", UNSET))

        def _parse_dialing_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialing_prefix = _parse_dialing_prefix(d.pop("dialing_prefix", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_iso_3166_alpha_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_3166_alpha_2 = _parse_iso_3166_alpha_2(d.pop("iso_3166_alpha_2", UNSET))

        def _parse_iso_3166_alpha_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_3166_alpha_3 = _parse_iso_3166_alpha_3(d.pop("iso_3166_alpha_3", UNSET))

        def _parse_iso_3166_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        iso_3166_numeric = _parse_iso_3166_numeric(d.pop("iso_3166_numeric", UNSET))

        def _parse_mcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

        def _parse_official_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_name = _parse_official_name(d.pop("official_name", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_subregion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subregion = _parse_subregion(d.pop("subregion", UNSET))

        country = cls(
            capital=capital,
            common_name=common_name,
            dialing_prefix=dialing_prefix,
            domain=domain,
            iso_3166_alpha_2=iso_3166_alpha_2,
            iso_3166_alpha_3=iso_3166_alpha_3,
            iso_3166_numeric=iso_3166_numeric,
            mcc=mcc,
            official_name=official_name,
            region=region,
            subregion=subregion,
        )

        country.additional_properties = d
        return country

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
