"""MeetingRoomUpdate: Meeting room fields to change (PUT changes only what is sent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute_value import AttributeValue, AttributeValueParams
    from .did_group_reference_input import DidGroupReferenceInput, DidGroupReferenceInputParams
    from .keychain_entry import KeychainEntry, KeychainEntryParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.list_reader(rt.model_reader("carrierx_conference.models.attribute_value", "AttributeValue")),
    ),
    ("description", "description", str),
    (
        "did_group_references",
        "didGroupReferences",
        rt.list_reader(
            rt.model_reader("carrierx_conference.models.did_group_reference_input", "DidGroupReferenceInput")
        ),
    ),
    (
        "keychain",
        "keychain",
        rt.list_reader(rt.model_reader("carrierx_conference.models.keychain_entry", "KeychainEntry")),
    ),
    ("meeting_number", "meetingNumber", int),
    ("primary_did_group_id", "primaryDidGroupId", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingRoomUpdate:
    """Meeting room fields to change (PUT changes only what is sent).

    Attributes:
        attributes: Setting overrides.
        description: description
        did_group_references: didGroupReferences
        keychain: Access codes with their roles.
        meeting_number: Meeting number.
        primary_did_group_id: ID of the main DID group.
    """

    attributes: list[AttributeValue] | None
    description: str | None
    did_group_references: list[DidGroupReferenceInput] | None
    keychain: list[KeychainEntry] | None
    meeting_number: int | None
    primary_did_group_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[AttributeValue] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        did_group_references: list[DidGroupReferenceInput] | None | Unset = UNSET,
        keychain: list[KeychainEntry] | None | Unset = UNSET,
        meeting_number: int | None | Unset = UNSET,
        primary_did_group_id: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.description = rt.given(self, "description", description)
        self.did_group_references = rt.given(self, "didGroupReferences", did_group_references)
        self.keychain = rt.given(self, "keychain", keychain)
        self.meeting_number = rt.given(self, "meetingNumber", meeting_number)
        self.primary_did_group_id = rt.given(self, "primaryDidGroupId", primary_did_group_id)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingRoomUpdateFieldName = Literal[
    "attributes",
    "description",
    "didGroupReferences",
    "keychain",
    "meetingNumber",
    "primaryDidGroupId",
]
"""The names of `MeetingRoomUpdate`'s fields, for typed filters, orders and field lists."""


class MeetingRoomUpdateParams(TypedDict, total=False):
    attributes: list[AttributeValue | AttributeValueParams] | None
    description: str | None
    didGroupReferences: list[DidGroupReferenceInput | DidGroupReferenceInputParams] | None
    keychain: list[KeychainEntry | KeychainEntryParams] | None
    meetingNumber: int | None
    primaryDidGroupId: int | None
