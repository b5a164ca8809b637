"""SmsRate: Price of sending an SMS to one country and network."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("country_code", "country_code", str),
    ("country_name", "country_name", str),
    ("mcc", "mcc", int),
    ("mnc", "mnc", int),
    ("network", "network", str),
    ("operator", "operator", str),
    ("price", "price", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class SmsRate:
    """Price of sending an SMS to one country and network.

    Attributes:
        country_code: ISO 3166-1 alpha-3 country code.
        country_name: Common country name.
        mcc: Mobile country code.
        mnc: Mobile network code.
        network: Network name.
        operator: Operator name.
        price: Price in US dollars, sent as a string.
    """

    country_code: str | None
    country_name: str | None
    mcc: int | None
    mnc: int | None
    network: str | None
    operator: str | None
    price: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        country_code: str | None | Unset = UNSET,
        country_name: str | None | Unset = UNSET,
        mcc: int | None | Unset = UNSET,
        mnc: int | None | Unset = UNSET,
        network: str | None | Unset = UNSET,
        operator: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.country_code = rt.given(self, "country_code", country_code)
        self.country_name = rt.given(self, "country_name", country_name)
        self.mcc = rt.given(self, "mcc", mcc)
        self.mnc = rt.given(self, "mnc", mnc)
        self.network = rt.given(self, "network", network)
        self.operator = rt.given(self, "operator", operator)
        self.price = rt.given(self, "price", price)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


SmsRateFieldName = Literal[
    "country_code",
    "country_name",
    "mcc",
    "mnc",
    "network",
    "operator",
    "price",
]
"""The names of `SmsRate`'s fields, for typed filters, orders and field lists."""
