"""CallRate: One call rate (Rate Call object)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("billing_increment", "billing_increment", str),
    ("billing_minimum", "billing_minimum", str),
    ("country_code", "country_code", str),
    ("country_name", "country_name", str),
    ("prefix", "prefix", str),
    ("price", "price", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CallRate:
    """One call rate (Rate Call object).

    Attributes:
        billing_increment: Billing step in seconds.
        billing_minimum: Minimum billed seconds.
        country_code: ISO 3166-1 alpha-3 code.
        country_name: Country name.
        prefix: Number prefix the rate applies to.
        price: Price per billing unit.
    """

    billing_increment: str | None
    billing_minimum: str | None
    country_code: str | None
    country_name: str | None
    prefix: str | None
    price: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        billing_increment: str | None | Unset = UNSET,
        billing_minimum: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        country_name: str | None | Unset = UNSET,
        prefix: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.billing_increment = rt.given(self, "billing_increment", billing_increment)
        self.billing_minimum = rt.given(self, "billing_minimum", billing_minimum)
        self.country_code = rt.given(self, "country_code", country_code)
        self.country_name = rt.given(self, "country_name", country_name)
        self.prefix = rt.given(self, "prefix", prefix)
        self.price = rt.given(self, "price", price)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallRateFieldName = Literal[
    "billing_increment",
    "billing_minimum",
    "country_code",
    "country_name",
    "prefix",
    "price",
]
"""The names of `CallRate`'s fields, for typed filters, orders and field lists."""
