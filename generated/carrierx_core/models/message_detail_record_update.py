"""MessageDetailRecordUpdate: Detail record fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (("user_data", "user_data", str),)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MessageDetailRecordUpdate:
    """Detail record fields to change (PATCH).
    Attributes:
        user_data: Free user-defined data.
    """

    user_data: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        user_data: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.user_data = rt.given(self, "user_data", user_data)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


class MessageDetailRecordUpdateParams(TypedDict, total=False):
    user_data: str | None
