from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallRate")


@_attrs_define
class CallRate:
    """One call rate (Rate Call object).

    Attributes:
        billing_increment (None | str | Unset): Billing step in seconds.
        billing_minimum (None | str | Unset): Minimum billed seconds.
        country_code (None | str | Unset): ISO 3166-1 alpha-3 code.
        country_name (None | str | Unset): Country name.
        prefix (None | str | Unset): Number prefix the rate applies to.
        price (None | str | Unset): Price per billing unit.
    """

    billing_increment: None | str | Unset = UNSET
    billing_minimum: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_increment: None | str | Unset
        if isinstance(self.billing_increment, Unset):
            billing_increment = UNSET
        else:
            billing_increment = self.billing_increment

        billing_minimum: None | str | Unset
        if isinstance(self.billing_minimum, Unset):
            billing_minimum = UNSET
        else:
            billing_minimum = self.billing_minimum

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_increment is not UNSET:
            field_dict["billing_increment"] = billing_increment
        if billing_minimum is not UNSET:
            field_dict["billing_minimum"] = billing_minimum
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_billing_increment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_increment = _parse_billing_increment(d.pop("billing_increment", UNSET))

        def _parse_billing_minimum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_minimum = _parse_billing_minimum(d.pop("billing_minimum", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_country_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_name = _parse_country_name(d.pop("country_name", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        call_rate = cls(
            billing_increment=billing_increment,
            billing_minimum=billing_minimum,
            country_code=country_code,
            country_name=country_name,
            prefix=prefix,
            price=price,
        )

        call_rate.additional_properties = d
        return call_rate

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
