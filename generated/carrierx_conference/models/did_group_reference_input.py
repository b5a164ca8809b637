"""DidGroupReferenceInput: A DID group reference to send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("did_group_id", "didGroupId", int),
    ("state", "state", int),
)
_LOAD = rt.model_loader(_FIELDS, ("didGroupId",), True)


@_attrs_define(init=False)
class DidGroupReferenceInput:
    """A DID group reference to send.

    Attributes:
        did_group_id: ID of the DID group.
        state: State code of the reference.
    """

    did_group_id: int | None
    state: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        did_group_id: int,
        state: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.did_group_id = rt.given(self, "didGroupId", did_group_id)
        self.state = rt.given(self, "state", state)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupReferenceInputFieldName = Literal[
    "didGroupId",
    "state",
]
"""The names of `DidGroupReferenceInput`'s fields, for typed filters, orders and field lists."""


class DidGroupReferenceInputParams(TypedDict, total=False):
    didGroupId: Required[int]
    state: int | None
