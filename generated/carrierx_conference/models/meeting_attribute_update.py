"""MeetingAttributeUpdate: New value of one meeting setting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

_KEYS = (("value", "value"),)
_REQUIRED: tuple[str, ...] = ("value",)
_READ_VALUE = rt.union_reader(rt.STR, rt.INT)


@_attrs_define(init=False)
class MeetingAttributeUpdate:
    """New value of one meeting setting.
    Attributes:
        value: New value of the setting.
    """

    value: str | int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        value: str | int,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.value = rt.given(self, "value", value)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.value = rt.read_field(cls, data, "value", _READ_VALUE, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


class MeetingAttributeUpdateParams(TypedDict, total=False):
    value: Required[str | int]
