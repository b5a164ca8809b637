"""CallUpdate: Call fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("muted", "muted", bool),
    ("name", "name", str),
    ("on_hold", "on_hold", bool),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CallUpdate:
    """Call fields to change (PATCH).

    Attributes:
        muted: Mute or unmute the call.
        name: Caller name.
        on_hold: Put the call on hold or take it off.
    """

    muted: bool | None
    name: str | None
    on_hold: bool | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        muted: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        on_hold: bool | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.muted = rt.given(self, "muted", muted)
        self.name = rt.given(self, "name", name)
        self.on_hold = rt.given(self, "on_hold", on_hold)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallUpdateFieldName = Literal[
    "muted",
    "name",
    "on_hold",
]
"""The names of `CallUpdate`'s fields, for typed filters, orders and field lists."""


class CallUpdateParams(TypedDict, total=False):
    muted: bool | None
    name: str | None
    on_hold: bool | None
