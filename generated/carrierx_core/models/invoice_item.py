"""InvoiceItem: One charge line of an invoice."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("amount", "amount", str),
    ("country_code", "country_code", str),
    ("date_billing_period_end", "date_billing_period_end", rt.DATETIME),
    ("date_billing_period_start", "date_billing_period_start", rt.DATETIME),
    ("direction", "direction", str),
    ("type_", "type", str),
    ("usage", "usage", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


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
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

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
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


InvoiceItemFieldName = Literal[
    "amount",
    "country_code",
    "date_billing_period_end",
    "date_billing_period_start",
    "direction",
    "type",
    "usage",
]
"""The names of `InvoiceItem`'s fields, for typed filters, orders and field lists."""
