"""InvoiceItem: One charge line of an invoice."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_KEYS = (
    ("amount", "amount"),
    ("country_code", "country_code"),
    ("date_billing_period_end", "date_billing_period_end"),
    ("date_billing_period_start", "date_billing_period_start"),
    ("direction", "direction"),
    ("type_", "type"),
    ("usage", "usage"),
)
_REQUIRED: tuple[str, ...] = ()


@_attrs_define(init=False)
class InvoiceItem:
    """One charge line of an invoice.
    Attributes:
        amount: amount
        country_code: country_code
        date_billing_period_end: date_billing_period_end
        date_billing_period_start: date_billing_period_start
        direction: direction
        type_: Charge type.
        usage: usage
    """

    amount: str | None
    country_code: str | None
    date_billing_period_end: datetime.datetime | None
    date_billing_period_start: datetime.datetime | None
    direction: str | None
    type_: str | None
    usage: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        amount: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        date_billing_period_end: datetime.datetime | None | Unset = UNSET,
        date_billing_period_start: datetime.datetime | None | Unset = UNSET,
        direction: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        usage: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.amount = rt.given(self, "amount", amount)
        self.country_code = rt.given(self, "country_code", country_code)
        self.date_billing_period_end = rt.given(self, "date_billing_period_end", date_billing_period_end)
        self.date_billing_period_start = rt.given(self, "date_billing_period_start", date_billing_period_start)
        self.direction = rt.given(self, "direction", direction)
        self.type_ = rt.given(self, "type", type_)
        self.usage = rt.given(self, "usage", usage)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.amount = rt.read_field(cls, data, "amount", rt.STR, strict)
        self.country_code = rt.read_field(cls, data, "country_code", rt.STR, strict)
        self.date_billing_period_end = rt.read_field(cls, data, "date_billing_period_end", rt.DATETIME, strict)
        self.date_billing_period_start = rt.read_field(cls, data, "date_billing_period_start", rt.DATETIME, strict)
        self.direction = rt.read_field(cls, data, "direction", rt.STR, strict)
        self.type_ = rt.read_field(cls, data, "type", rt.STR, strict)
        self.usage = rt.read_field(cls, data, "usage", rt.INT, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
