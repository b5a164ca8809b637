"""MeetingRoom: A meeting configuration: DID groups, access codes and setting overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute import Attribute
    from .did_group_reference import DidGroupReference
    from .meeting_key import MeetingKey

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.list_reader(rt.model_reader("carrierx_conference.models.attribute", "Attribute"))),
    ("created", "created", int),
    ("description", "description", str),
    (
        "did_group_references",
        "didGroupReferences",
        rt.list_reader(rt.model_reader("carrierx_conference.models.did_group_reference", "DidGroupReference")),
    ),
    ("keychain", "keychain", rt.list_reader(rt.model_reader("carrierx_conference.models.meeting_key", "MeetingKey"))),
    ("meeting_number", "meetingNumber", int),
    ("primary_did_group_id", "primaryDidGroupId", int),
    ("subscriber_sid", "subscriberSid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingRoom:
    """A meeting configuration: DID groups, access codes and setting overrides.

    Attributes:
        attributes: Setting overrides at the meeting room level.
        created: When the room was created (UNIX time, milliseconds).
        description: Description.
        did_group_references: DID groups whose numbers reach this room.
        keychain: Access codes and the roles they grant.
        meeting_number: Meeting number (not an access code); used in the paths.
        primary_did_group_id: ID of the main DID group of the room.
        subscriber_sid: Identifier of the subscriber that owns the room.
    """

    attributes: list[Attribute] | None
    created: int | None
    description: str | None
    did_group_references: list[DidGroupReference] | None
    keychain: list[MeetingKey] | None
    meeting_number: int | None
    primary_did_group_id: int | None
    subscriber_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[Attribute] | None | Unset = UNSET,
        created: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        did_group_references: list[DidGroupReference] | None | Unset = UNSET,
        keychain: list[MeetingKey] | None | Unset = UNSET,
        meeting_number: int | None | Unset = UNSET,
        primary_did_group_id: int | None | Unset = UNSET,
        subscriber_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.created = rt.given(self, "created", created)
        self.description = rt.given(self, "description", description)
        self.did_group_references = rt.given(self, "didGroupReferences", did_group_references)
        self.keychain = rt.given(self, "keychain", keychain)
        self.meeting_number = rt.given(self, "meetingNumber", meeting_number)
        self.primary_did_group_id = rt.given(self, "primaryDidGroupId", primary_did_group_id)
        self.subscriber_sid = rt.given(self, "subscriberSid", subscriber_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingRoomFieldName = Literal[
    "attributes",
    "created",
    "description",
    "didGroupReferences",
    "keychain",
    "meetingNumber",
    "primaryDidGroupId",
    "subscriberSid",
]
"""The names of `MeetingRoom`'s fields, for typed filters, orders and field lists."""
