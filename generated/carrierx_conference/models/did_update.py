"""DidUpdate: DID fields to change (PUT changes only what is sent)."""

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
    ("description", "description", str),
    ("did_group_id", "didGroupId", int),
    ("phone_number", "phoneNumber", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidUpdate:
    """DID fields to change (PUT changes only what is sent).

    Attributes:
        attributes: Setting overrides.
        description: description
        did_group_id: ID of the DID group.
        phone_number: The phone number.
    """

    attributes: list[AttributeValue] | None
    description: str | None
    did_group_id: int | None
    phone_number: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[AttributeValue] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        did_group_id: int | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.description = rt.given(self, "description", description)
        self.did_group_id = rt.given(self, "didGroupId", did_group_id)
        self.phone_number = rt.given(self, "phoneNumber", phone_number)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidUpdateFieldName = Literal[
    "attributes",
    "description",
    "didGroupId",
    "phoneNumber",
]
"""The names of `DidUpdate`'s fields, for typed filters, orders and field lists."""


class DidUpdateParams(TypedDict, total=False):
    attributes: list[AttributeValue | AttributeValueParams] | None
    description: str | None
    didGroupId: int | None
    phoneNumber: str | None
