"""MeetingAttributeUpdate: New value of one meeting setting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("value", "value", rt.union_reader(rt.STR, rt.INT)),
    ("description", "description", str),
)
_LOAD = rt.model_loader(_FIELDS, ("value",), True)


@_attrs_define(init=False)
class MeetingAttributeUpdate:
    """New value of one meeting setting.

    Attributes:
        value: New value of the setting.
        description: What the setting does.
    """

    value: str | int | None
    description: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        value: str | int,
        description: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.value = rt.given(self, "value", value)
        self.description = rt.given(self, "description", description)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingAttributeUpdateFieldName = Literal[
    "value",
    "description",
]
"""The names of `MeetingAttributeUpdate`'s fields, for typed filters, orders and field lists."""


class MeetingAttributeUpdateParams(TypedDict, total=False):
    value: Required[str | int]
    description: str | None
