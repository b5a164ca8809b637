"""InvoiceTaxItem: One tax line of an invoice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("amount", "amount", str),
    ("jurisdiction", "jurisdiction", str),
    ("type_", "type", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class InvoiceTaxItem:
    """One tax line of an invoice.

    Attributes:
        amount: amount
        jurisdiction: jurisdiction
        type_: type
    """

    amount: str | None
    jurisdiction: str | None
    type_: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        amount: str | None | Unset = UNSET,
        jurisdiction: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.amount = rt.given(self, "amount", amount)
        self.jurisdiction = rt.given(self, "jurisdiction", jurisdiction)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


InvoiceTaxItemFieldName = Literal[
    "amount",
    "jurisdiction",
    "type",
]
"""The names of `InvoiceTaxItem`'s fields, for typed filters, orders and field lists."""
