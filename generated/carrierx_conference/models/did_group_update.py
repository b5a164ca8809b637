"""DidGroupUpdate: DID group fields to change (PUT changes only what is sent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute_value import AttributeValue, AttributeValueParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.list_reader(rt.model_reader("carrierx_conference.models.attribute_value", "AttributeValue")),
    ),
    ("call_flow_id", "callFlowId", int),
    ("description", "description", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidGroupUpdate:
    """DID group fields to change (PUT changes only what is sent).

    Attributes:
        attributes: Setting overrides.
        call_flow_id: ID of the call flow.
        description: description
        name: name
    """

    attributes: list[AttributeValue] | None
    call_flow_id: int | None
    description: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[AttributeValue] | None | Unset = UNSET,
        call_flow_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.call_flow_id = rt.given(self, "callFlowId", call_flow_id)
        self.description = rt.given(self, "description", description)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupUpdateFieldName = Literal[
    "attributes",
    "callFlowId",
    "description",
    "name",
]
"""The names of `DidGroupUpdate`'s fields, for typed filters, orders and field lists."""


class DidGroupUpdateParams(TypedDict, total=False):
    attributes: list[AttributeValue | AttributeValueParams] | None
    callFlowId: int | None
    description: str | None
    name: str | None
