from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rating_direction import RatingDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingMccMncResponse")


@_attrs_define
class RatingMccMncResponse:
    """The price of a message to or from a number (Rating MCC/MNC Response).

    Attributes:
        direction (None | RatingDirection | Unset):
        price (None | str | Unset): Price of the message.
        rate (None | str | Unset): Rate per segment.
        segments (None | str | Unset): Segments priced (always 1 for MMS).
    """

    direction: None | RatingDirection | Unset = UNSET
    price: None | str | Unset = UNSET
    rate: None | str | Unset = UNSET
    segments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, RatingDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        segments: None | str | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        else:
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if price is not UNSET:
            field_dict["price"] = price
        if rate is not UNSET:
            field_dict["rate"] = rate
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_direction(data: object) -> None | RatingDirection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = RatingDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RatingDirection | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_segments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        rating_mcc_mnc_response = cls(
            direction=direction,
            price=price,
            rate=rate,
            segments=segments,
        )

        rating_mcc_mnc_response.additional_properties = d
        return rating_mcc_mnc_response

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
