"""RatingCallResponse: The price of a call of a given length to or from a number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .rating_direction import RatingDirection

_FIELDS: tuple[rt.Field, ...] = (
    ("direction", "direction", rt.enum_reader(RatingDirection)),
    ("duration_billing", "duration_billing", str),
    ("price", "price", str),
    ("rate", "rate", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class RatingCallResponse:
    """The price of a call of a given length to or from a number.

    Attributes:
        direction: direction
        duration_billing: Billing step in seconds.
        price: Price of the call.
        rate: Rate applied.
    """

    direction: RatingDirection | None
    duration_billing: str | None
    price: str | None
    rate: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        direction: RatingDirection | None | Unset = UNSET,
        duration_billing: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        rate: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.direction = rt.given(self, "direction", direction)
        self.duration_billing = rt.given(self, "duration_billing", duration_billing)
        self.price = rt.given(self, "price", price)
        self.rate = rt.given(self, "rate", rate)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


RatingCallResponseFieldName = Literal[
    "direction",
    "duration_billing",
    "price",
    "rate",
]
"""The names of `RatingCallResponse`'s fields, for typed filters, orders and field lists."""
