"""DidGroupCreate: What may be sent to create a DID group; nothing is required."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("callback_url", "callback_url", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidGroupCreate:
    """What may be sent to create a DID group; nothing is required.

    Attributes:
        callback_url: callback_url
        name: name
    """

    callback_url: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        callback_url: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupCreateFieldName = Literal[
    "callback_url",
    "name",
]
"""The names of `DidGroupCreate`'s fields, for typed filters, orders and field lists."""


class DidGroupCreateParams(TypedDict, total=False):
    callback_url: str | None
    name: str | None
