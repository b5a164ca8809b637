from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonenumber_lookup_details import PhonenumberLookupDetails


T = TypeVar("T", bound="PhonenumberLookup")


@_attrs_define
class PhonenumberLookup:
    """What CarrierX knows about a phone number.

    Attributes:
        country_code (None | str | Unset): ISO 3166-1 alpha-3 code.
        details (None | PhonenumberLookupDetails | Unset):
        e164_format (None | str | Unset):
        in_country_format (None | str | Unset):
        international_format (None | str | Unset):
        phonenumber (None | str | Unset):
        state (None | str | Unset): State, for US numbers.
    """

    country_code: None | str | Unset = UNSET
    details: None | PhonenumberLookupDetails | Unset = UNSET
    e164_format: None | str | Unset = UNSET
    in_country_format: None | str | Unset = UNSET
    international_format: None | str | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phonenumber_lookup_details import PhonenumberLookupDetails  # noqa: PLC0415

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, PhonenumberLookupDetails):
            details = self.details.to_dict()
        else:
            details = self.details

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if details is not UNSET:
            field_dict["details"] = details
        if e164_format is not UNSET:
            field_dict["e164_format"] = e164_format
        if in_country_format is not UNSET:
            field_dict["in_country_format"] = in_country_format
        if international_format is not UNSET:
            field_dict["international_format"] = international_format
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonenumber_lookup_details import PhonenumberLookupDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_details(data: object) -> None | PhonenumberLookupDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = PhonenumberLookupDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberLookupDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

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

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        phonenumber_lookup = cls(
            country_code=country_code,
            details=details,
            e164_format=e164_format,
            in_country_format=in_country_format,
            international_format=international_format,
            phonenumber=phonenumber,
            state=state,
        )

        phonenumber_lookup.additional_properties = d
        return phonenumber_lookup

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
