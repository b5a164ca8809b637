from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindingRedirectDidInfo")


@_attrs_define
class BindingRedirectDidInfo:
    """The redirect DID of a binding in several formats, filled in by CarrierX.

    Attributes:
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code.
        e164_format (None | str | Unset): The number in E.164 format with `+`.
        in_country_format (None | str | Unset): The number in national format.
        international_format (None | str | Unset): The number in international format.
        phonenumber (None | str | Unset): The number, E.164 without `+`.
    """

    country_code: None | str | Unset = UNSET
    e164_format: None | str | Unset = UNSET
    in_country_format: None | str | Unset = UNSET
    international_format: None | str | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        e164_format: None | str | Unset
        if isinstance(self.e164_format, Unset):
            e164_format = UNSET
        else:
            e164_format = self.e164_format

        in_country_format: None | str | Unset
        if isinstance(self.in_country_format, Unset):
            in_country_format = UNSET
        else:
            in_country_format = self.in_country_format

        international_format: None | str | Unset
        if isinstance(self.international_format, Unset):
            international_format = UNSET
        else:
            international_format = self.international_format

        phonenumber: None | str | Unset
        if isinstance(self.phonenumber, Unset):
            phonenumber = UNSET
        else:
            phonenumber = self.phonenumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if e164_format is not UNSET:
            field_dict["e164_format"] = e164_format
        if in_country_format is not UNSET:
            field_dict["in_country_format"] = in_country_format
        if international_format is not UNSET:
            field_dict["international_format"] = international_format
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_e164_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        e164_format = _parse_e164_format(d.pop("e164_format", UNSET))

        def _parse_in_country_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_country_format = _parse_in_country_format(d.pop("in_country_format", UNSET))

        def _parse_international_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        international_format = _parse_international_format(d.pop("international_format", UNSET))

        def _parse_phonenumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber = _parse_phonenumber(d.pop("phonenumber", UNSET))

        binding_redirect_did_info = cls(
            country_code=country_code,
            e164_format=e164_format,
            in_country_format=in_country_format,
            international_format=international_format,
            phonenumber=phonenumber,
        )

        binding_redirect_did_info.additional_properties = d
        return binding_redirect_did_info

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
