"""DidGroupCreate: Fields to create a DID group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute_value import AttributeValue, AttributeValueParams

_FIELDS: tuple[rt.Field, ...] = (
    ("call_flow_id", "callFlowId", int),
    ("name", "name", str),
    (
        "attributes",
        "attributes",
        rt.list_reader(rt.model_reader("carrierx_conference.models.attribute_value", "AttributeValue")),
    ),
    ("description", "description", str),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "callFlowId",
        "name",
    ),
    True,
)


@_attrs_define(init=False)
class DidGroupCreate:
    """Fields to create a DID group.

    Attributes:
        call_flow_id: ID of the call flow.
        name: name
        attributes: Setting overrides.
        description: description
    """

    call_flow_id: int | None
    name: str | None
    attributes: list[AttributeValue] | None
    description: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        call_flow_id: int,
        name: str,
        attributes: list[AttributeValue] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.call_flow_id = rt.given(self, "callFlowId", call_flow_id)
        self.name = rt.given(self, "name", name)
        self.attributes = rt.given(self, "attributes", attributes)
        self.description = rt.given(self, "description", description)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupCreateFieldName = Literal[
    "callFlowId",
    "name",
    "attributes",
    "description",
]
"""The names of `DidGroupCreate`'s fields, for typed filters, orders and field lists."""


class DidGroupCreateParams(TypedDict, total=False):
    callFlowId: Required[int]
    name: Required[str]
    attributes: list[AttributeValue | AttributeValueParams] | None
    description: str | None
