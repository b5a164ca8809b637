"""Attribute: One call-flow setting override (name and value) at this level."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_KEYS = (
    ("description", "description"),
    ("enum_values", "enumValues"),
    ("group", "group"),
    ("name", "name"),
    ("type_", "type"),
    ("value", "value"),
)
_REQUIRED: tuple[str, ...] = ()


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
        data = dict(src)
        self = cls.__new__(cls)
        self.description = rt.read_field(cls, data, "description", rt.STR, strict)
        self.enum_values = rt.read_field(cls, data, "enumValues", rt.STR, strict)
        self.group = rt.read_field(cls, data, "group", rt.INT, strict)
        self.name = rt.read_field(cls, data, "name", rt.STR, strict)
        self.type_ = rt.read_field(cls, data, "type", rt.INT, strict)
        self.value = rt.read_field(cls, data, "value", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
