from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """One charge line of an invoice.

    Attributes:
        amount (None | str | Unset):
        country_code (None | str | Unset):
        date_billing_period_end (datetime.datetime | None | Unset):
        date_billing_period_start (datetime.datetime | None | Unset):
        direction (None | str | Unset):
        type_ (None | str | Unset): Charge type.
        usage (int | None | Unset):
    """

    amount: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    date_billing_period_end: datetime.datetime | None | Unset = UNSET
    date_billing_period_start: datetime.datetime | None | Unset = UNSET
    direction: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    usage: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        date_billing_period_end: None | str | Unset
        if isinstance(self.date_billing_period_end, Unset):
            date_billing_period_end = UNSET
        elif isinstance(self.date_billing_period_end, datetime.datetime):
            date_billing_period_end = self.date_billing_period_end.isoformat()
        else:
            date_billing_period_end = self.date_billing_period_end

        date_billing_period_start: None | str | Unset
        if isinstance(self.date_billing_period_start, Unset):
            date_billing_period_start = UNSET
        elif isinstance(self.date_billing_period_start, datetime.datetime):
            date_billing_period_start = self.date_billing_period_start.isoformat()
        else:
            date_billing_period_start = self.date_billing_period_start

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if date_billing_period_end is not UNSET:
            field_dict["date_billing_period_end"] = date_billing_period_end
        if date_billing_period_start is not UNSET:
            field_dict["date_billing_period_start"] = date_billing_period_start
        if direction is not UNSET:
            field_dict["direction"] = direction
        if type_ is not UNSET:
            field_dict["type"] = type_
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_date_billing_period_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_billing_period_end_type_0 = datetime.datetime.fromisoformat(data)

                return date_billing_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_billing_period_end = _parse_date_billing_period_end(d.pop("date_billing_period_end", UNSET))

        def _parse_date_billing_period_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_billing_period_start_type_0 = datetime.datetime.fromisoformat(data)

                return date_billing_period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_billing_period_start = _parse_date_billing_period_start(d.pop("date_billing_period_start", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        invoice_item = cls(
            amount=amount,
            country_code=country_code,
            date_billing_period_end=date_billing_period_end,
            date_billing_period_start=date_billing_period_start,
            direction=direction,
            type_=type_,
            usage=usage,
        )

        invoice_item.additional_properties = d
        return invoice_item

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
