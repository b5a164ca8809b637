"""PhonenumberLookupCarrier: Carrier of a looked-up number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("mcc", "mcc", str),
    ("mnc", "mnc", str),
    ("name", "name", str),
    ("type_", "type", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PhonenumberLookupCarrier:
    """Carrier of a looked-up number.

    Attributes:
        mcc: Mobile country code (a string in samples).
        mnc: Mobile network code (a string in samples).
        name: name
        type_: Line type (sample `mobile`).
    """

    mcc: str | None
    mnc: str | None
    name: str | None
    type_: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        mcc: str | None | Unset = UNSET,
        mnc: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.mcc = rt.given(self, "mcc", mcc)
        self.mnc = rt.given(self, "mnc", mnc)
        self.name = rt.given(self, "name", name)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PhonenumberLookupCarrierFieldName = Literal[
    "mcc",
    "mnc",
    "name",
    "type",
]
"""The names of `PhonenumberLookupCarrier`'s fields, for typed filters, orders and field lists."""
