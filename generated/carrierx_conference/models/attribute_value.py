"""AttributeValue: A setting override to send: its name and new value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

_KEYS = (
    ("name", "name"),
    ("value", "value"),
)
_REQUIRED: tuple[str, ...] = (
    "name",
    "value",
)
_READ_VALUE = rt.union_reader(rt.STR, rt.INT)


@_attrs_define(init=False)
class AttributeValue:
    """A setting override to send: its name and new value.
    Attributes:
        name: Setting name.
        value: New value.
    """

    name: str | None
    value: str | int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        name: str,
        value: str | int,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.name = rt.given(self, "name", name)
        self.value = rt.given(self, "value", value)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.name = rt.read_field(cls, data, "name", rt.STR, strict)
        self.value = rt.read_field(cls, data, "value", _READ_VALUE, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


class AttributeValueParams(TypedDict, total=False):
    name: Required[str]
    value: Required[str | int]
