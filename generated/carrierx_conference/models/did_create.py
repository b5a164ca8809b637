"""DidCreate: Fields to create a DID."""

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
    ("did_group_id", "didGroupId", int),
    ("phone_number", "phoneNumber", str),
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
        "didGroupId",
        "phoneNumber",
    ),
    True,
)


@_attrs_define(init=False)
class DidCreate:
    """Fields to create a DID.

    Attributes:
        did_group_id: ID of the DID group.
        phone_number: The phone number.
        attributes: Setting overrides.
        description: description
    """

    did_group_id: int | None
    phone_number: str | None
    attributes: list[AttributeValue] | None
    description: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        did_group_id: int,
        phone_number: str,
        attributes: list[AttributeValue] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.did_group_id = rt.given(self, "didGroupId", did_group_id)
        self.phone_number = rt.given(self, "phoneNumber", phone_number)
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


DidCreateFieldName = Literal[
    "didGroupId",
    "phoneNumber",
    "attributes",
    "description",
]
"""The names of `DidCreate`'s fields, for typed filters, orders and field lists."""


class DidCreateParams(TypedDict, total=False):
    didGroupId: Required[int]
    phoneNumber: Required[str]
    attributes: list[AttributeValue | AttributeValueParams] | None
    description: str | None
