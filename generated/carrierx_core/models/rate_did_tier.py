"""RateDidTier: Monthly DID rental prices by quantity tier (price_N applies from quantity_N rented DIDs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("classification_sid", "classification_sid", str),
    ("country_code", "country_code", str),
    ("country_name", "country_name", str),
    ("prefix", "prefix", str),
    ("price_0", "price_0", str),
    ("price_1", "price_1", str),
    ("price_2", "price_2", str),
    ("price_3", "price_3", str),
    ("price_4", "price_4", str),
    ("price_5", "price_5", str),
    ("price_6", "price_6", str),
    ("quantity_0", "quantity_0", int),
    ("quantity_1", "quantity_1", int),
    ("quantity_2", "quantity_2", int),
    ("quantity_3", "quantity_3", int),
    ("quantity_4", "quantity_4", int),
    ("quantity_5", "quantity_5", int),
    ("quantity_6", "quantity_6", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class RateDidTier:
    """Monthly DID rental prices by quantity tier (price_N applies from quantity_N rented DIDs).

    Attributes:
        classification_sid: The DID Classification the rate applies to.
        country_code: ISO 3166-1 alpha-3 country code of the rate.
        country_name: Country name of the rate.
        prefix: Number prefix the rate applies to.
        price_0: Monthly price per DID in tier 0.
        price_1: Monthly price per DID in tier 1.
        price_2: Monthly price per DID in tier 2.
        price_3: Monthly price per DID in tier 3.
        price_4: Monthly price per DID in tier 4.
        price_5: Monthly price per DID in tier 5.
        price_6: Monthly price per DID in tier 6.
        quantity_0: Number of rented DIDs from which tier 0 applies.
        quantity_1: Number of rented DIDs from which tier 1 applies.
        quantity_2: Number of rented DIDs from which tier 2 applies.
        quantity_3: Number of rented DIDs from which tier 3 applies.
        quantity_4: Number of rented DIDs from which tier 4 applies.
        quantity_5: Number of rented DIDs from which tier 5 applies.
        quantity_6: Number of rented DIDs from which tier 6 applies.
    """

    classification_sid: str | None
    country_code: str | None
    country_name: str | None
    prefix: str | None
    price_0: str | None
    price_1: str | None
    price_2: str | None
    price_3: str | None
    price_4: str | None
    price_5: str | None
    price_6: str | None
    quantity_0: int | None
    quantity_1: int | None
    quantity_2: int | None
    quantity_3: int | None
    quantity_4: int | None
    quantity_5: int | None
    quantity_6: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        classification_sid: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        country_name: str | None | Unset = UNSET,
        prefix: str | None | Unset = UNSET,
        price_0: str | None | Unset = UNSET,
        price_1: str | None | Unset = UNSET,
        price_2: str | None | Unset = UNSET,
        price_3: str | None | Unset = UNSET,
        price_4: str | None | Unset = UNSET,
        price_5: str | None | Unset = UNSET,
        price_6: str | None | Unset = UNSET,
        quantity_0: int | None | Unset = UNSET,
        quantity_1: int | None | Unset = UNSET,
        quantity_2: int | None | Unset = UNSET,
        quantity_3: int | None | Unset = UNSET,
        quantity_4: int | None | Unset = UNSET,
        quantity_5: int | None | Unset = UNSET,
        quantity_6: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.classification_sid = rt.given(self, "classification_sid", classification_sid)
        self.country_code = rt.given(self, "country_code", country_code)
        self.country_name = rt.given(self, "country_name", country_name)
        self.prefix = rt.given(self, "prefix", prefix)
        self.price_0 = rt.given(self, "price_0", price_0)
        self.price_1 = rt.given(self, "price_1", price_1)
        self.price_2 = rt.given(self, "price_2", price_2)
        self.price_3 = rt.given(self, "price_3", price_3)
        self.price_4 = rt.given(self, "price_4", price_4)
        self.price_5 = rt.given(self, "price_5", price_5)
        self.price_6 = rt.given(self, "price_6", price_6)
        self.quantity_0 = rt.given(self, "quantity_0", quantity_0)
        self.quantity_1 = rt.given(self, "quantity_1", quantity_1)
        self.quantity_2 = rt.given(self, "quantity_2", quantity_2)
        self.quantity_3 = rt.given(self, "quantity_3", quantity_3)
        self.quantity_4 = rt.given(self, "quantity_4", quantity_4)
        self.quantity_5 = rt.given(self, "quantity_5", quantity_5)
        self.quantity_6 = rt.given(self, "quantity_6", quantity_6)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


RateDidTierFieldName = Literal[
    "classification_sid",
    "country_code",
    "country_name",
    "prefix",
    "price_0",
    "price_1",
    "price_2",
    "price_3",
    "price_4",
    "price_5",
    "price_6",
    "quantity_0",
    "quantity_1",
    "quantity_2",
    "quantity_3",
    "quantity_4",
    "quantity_5",
    "quantity_6",
]
"""The names of `RateDidTier`'s fields, for typed filters, orders and field lists."""
