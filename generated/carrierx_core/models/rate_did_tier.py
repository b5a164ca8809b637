from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateDidTier")


@_attrs_define
class RateDidTier:
    """Monthly DID rental prices by quantity tier (price_N applies from quantity_N rented DIDs).

    Attributes:
        classification_sid (None | str | Unset): The DID Classification the rate applies to.
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code of the rate.
        country_name (None | str | Unset): Country name of the rate.
        prefix (None | str | Unset): Number prefix the rate applies to.
        price_0 (None | str | Unset): Monthly price per DID in tier 0.
        price_1 (None | str | Unset): Monthly price per DID in tier 1.
        price_2 (None | str | Unset): Monthly price per DID in tier 2.
        price_3 (None | str | Unset): Monthly price per DID in tier 3.
        price_4 (None | str | Unset): Monthly price per DID in tier 4.
        price_5 (None | str | Unset): Monthly price per DID in tier 5.
        price_6 (None | str | Unset): Monthly price per DID in tier 6.
        quantity_0 (int | None | Unset): Number of rented DIDs from which tier 0 applies.
        quantity_1 (int | None | Unset): Number of rented DIDs from which tier 1 applies.
        quantity_2 (int | None | Unset): Number of rented DIDs from which tier 2 applies.
        quantity_3 (int | None | Unset): Number of rented DIDs from which tier 3 applies.
        quantity_4 (int | None | Unset): Number of rented DIDs from which tier 4 applies.
        quantity_5 (int | None | Unset): Number of rented DIDs from which tier 5 applies.
        quantity_6 (int | None | Unset): Number of rented DIDs from which tier 6 applies.
    """

    classification_sid: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    price_0: None | str | Unset = UNSET
    price_1: None | str | Unset = UNSET
    price_2: None | str | Unset = UNSET
    price_3: None | str | Unset = UNSET
    price_4: None | str | Unset = UNSET
    price_5: None | str | Unset = UNSET
    price_6: None | str | Unset = UNSET
    quantity_0: int | None | Unset = UNSET
    quantity_1: int | None | Unset = UNSET
    quantity_2: int | None | Unset = UNSET
    quantity_3: int | None | Unset = UNSET
    quantity_4: int | None | Unset = UNSET
    quantity_5: int | None | Unset = UNSET
    quantity_6: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classification_sid: None | str | Unset
        if isinstance(self.classification_sid, Unset):
            classification_sid = UNSET
        else:
            classification_sid = self.classification_sid

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

        price_0: None | str | Unset
        if isinstance(self.price_0, Unset):
            price_0 = UNSET
        else:
            price_0 = self.price_0

        price_1: None | str | Unset
        if isinstance(self.price_1, Unset):
            price_1 = UNSET
        else:
            price_1 = self.price_1

        price_2: None | str | Unset
        if isinstance(self.price_2, Unset):
            price_2 = UNSET
        else:
            price_2 = self.price_2

        price_3: None | str | Unset
        if isinstance(self.price_3, Unset):
            price_3 = UNSET
        else:
            price_3 = self.price_3

        price_4: None | str | Unset
        if isinstance(self.price_4, Unset):
            price_4 = UNSET
        else:
            price_4 = self.price_4

        price_5: None | str | Unset
        if isinstance(self.price_5, Unset):
            price_5 = UNSET
        else:
            price_5 = self.price_5

        price_6: None | str | Unset
        if isinstance(self.price_6, Unset):
            price_6 = UNSET
        else:
            price_6 = self.price_6

        quantity_0: int | None | Unset
        if isinstance(self.quantity_0, Unset):
            quantity_0 = UNSET
        else:
            quantity_0 = self.quantity_0

        quantity_1: int | None | Unset
        if isinstance(self.quantity_1, Unset):
            quantity_1 = UNSET
        else:
            quantity_1 = self.quantity_1

        quantity_2: int | None | Unset
        if isinstance(self.quantity_2, Unset):
            quantity_2 = UNSET
        else:
            quantity_2 = self.quantity_2

        quantity_3: int | None | Unset
        if isinstance(self.quantity_3, Unset):
            quantity_3 = UNSET
        else:
            quantity_3 = self.quantity_3

        quantity_4: int | None | Unset
        if isinstance(self.quantity_4, Unset):
            quantity_4 = UNSET
        else:
            quantity_4 = self.quantity_4

        quantity_5: int | None | Unset
        if isinstance(self.quantity_5, Unset):
            quantity_5 = UNSET
        else:
            quantity_5 = self.quantity_5

        quantity_6: int | None | Unset
        if isinstance(self.quantity_6, Unset):
            quantity_6 = UNSET
        else:
            quantity_6 = self.quantity_6

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_sid is not UNSET:
            field_dict["classification_sid"] = classification_sid
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if price_0 is not UNSET:
            field_dict["price_0"] = price_0
        if price_1 is not UNSET:
            field_dict["price_1"] = price_1
        if price_2 is not UNSET:
            field_dict["price_2"] = price_2
        if price_3 is not UNSET:
            field_dict["price_3"] = price_3
        if price_4 is not UNSET:
            field_dict["price_4"] = price_4
        if price_5 is not UNSET:
            field_dict["price_5"] = price_5
        if price_6 is not UNSET:
            field_dict["price_6"] = price_6
        if quantity_0 is not UNSET:
            field_dict["quantity_0"] = quantity_0
        if quantity_1 is not UNSET:
            field_dict["quantity_1"] = quantity_1
        if quantity_2 is not UNSET:
            field_dict["quantity_2"] = quantity_2
        if quantity_3 is not UNSET:
            field_dict["quantity_3"] = quantity_3
        if quantity_4 is not UNSET:
            field_dict["quantity_4"] = quantity_4
        if quantity_5 is not UNSET:
            field_dict["quantity_5"] = quantity_5
        if quantity_6 is not UNSET:
            field_dict["quantity_6"] = quantity_6

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_classification_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_sid = _parse_classification_sid(d.pop("classification_sid", UNSET))

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

        def _parse_price_0(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_0 = _parse_price_0(d.pop("price_0", UNSET))

        def _parse_price_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_1 = _parse_price_1(d.pop("price_1", UNSET))

        def _parse_price_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_2 = _parse_price_2(d.pop("price_2", UNSET))

        def _parse_price_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_3 = _parse_price_3(d.pop("price_3", UNSET))

        def _parse_price_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_4 = _parse_price_4(d.pop("price_4", UNSET))

        def _parse_price_5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_5 = _parse_price_5(d.pop("price_5", UNSET))

        def _parse_price_6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_6 = _parse_price_6(d.pop("price_6", UNSET))

        def _parse_quantity_0(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_0 = _parse_quantity_0(d.pop("quantity_0", UNSET))

        def _parse_quantity_1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_1 = _parse_quantity_1(d.pop("quantity_1", UNSET))

        def _parse_quantity_2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_2 = _parse_quantity_2(d.pop("quantity_2", UNSET))

        def _parse_quantity_3(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_3 = _parse_quantity_3(d.pop("quantity_3", UNSET))

        def _parse_quantity_4(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_4 = _parse_quantity_4(d.pop("quantity_4", UNSET))

        def _parse_quantity_5(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_5 = _parse_quantity_5(d.pop("quantity_5", UNSET))

        def _parse_quantity_6(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_6 = _parse_quantity_6(d.pop("quantity_6", UNSET))

        rate_did_tier = cls(
            classification_sid=classification_sid,
            country_code=country_code,
            country_name=country_name,
            prefix=prefix,
            price_0=price_0,
            price_1=price_1,
            price_2=price_2,
            price_3=price_3,
            price_4=price_4,
            price_5=price_5,
            price_6=price_6,
            quantity_0=quantity_0,
            quantity_1=quantity_1,
            quantity_2=quantity_2,
            quantity_3=quantity_3,
            quantity_4=quantity_4,
            quantity_5=quantity_5,
            quantity_6=quantity_6,
        )

        rate_did_tier.additional_properties = d
        return rate_did_tier

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
