"""Attribute: One call-flow setting override (name and value) at this level."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("description", "description", str),
    ("enum_values", "enumValues", str),
    ("group", "group", int),
    ("name", "name", str),
    ("type_", "type", int),
    ("value", "value", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Attribute:
    """One call-flow setting override (name and value) at this level.

    Attributes:
        description: What the setting does.
        enum_values: The values the setting accepts.
        group: Override level code.
        name: Setting name, e.g. `conference_exittones`.
        type_: Value type code.
        value: Current value, returned as a string.
    """

    description: str | None
    enum_values: str | None
    group: int | None
    name: str | None
    type_: int | None
    value: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        enum_values: str | None | Unset = UNSET,
        group: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: int | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.description = rt.given(self, "description", description)
        self.enum_values = rt.given(self, "enumValues", enum_values)
        self.group = rt.given(self, "group", group)
        self.name = rt.given(self, "name", name)
        self.type_ = rt.given(self, "type", type_)
        self.value = rt.given(self, "value", value)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AttributeFieldName = Literal[
    "description",
    "enumValues",
    "group",
    "name",
    "type",
    "value",
]
"""The names of `Attribute`'s fields, for typed filters, orders and field lists."""
