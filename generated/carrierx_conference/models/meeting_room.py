"""MeetingRoom: A meeting configuration: DID groups, access codes and setting overrides."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute import Attribute
    from .did_group_reference import DidGroupReference
    from .meeting_key import MeetingKey

_KEYS = (
    ("attributes", "attributes"),
    ("created", "created"),
    ("description", "description"),
    ("did_group_references", "didGroupReferences"),
    ("keychain", "keychain"),
    ("meeting_number", "meetingNumber"),
    ("primary_did_group_id", "primaryDidGroupId"),
    ("subscriber_sid", "subscriberSid"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_ATTRIBUTES = rt.list_reader(rt.model_reader("carrierx_conference.models.attribute", "Attribute"))
_READ_DID_GROUP_REFERENCES = rt.list_reader(
    rt.model_reader("carrierx_conference.models.did_group_reference", "DidGroupReference")
)
_READ_KEYCHAIN = rt.list_reader(rt.model_reader("carrierx_conference.models.meeting_key", "MeetingKey"))


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
        data = dict(src)
        self = cls.__new__(cls)
        self.attributes = rt.read_field(cls, data, "attributes", _READ_ATTRIBUTES, strict)
        self.created = rt.read_field(cls, data, "created", rt.INT, strict)
        self.description = rt.read_field(cls, data, "description", rt.STR, strict)
        self.did_group_references = rt.read_field(cls, data, "didGroupReferences", _READ_DID_GROUP_REFERENCES, strict)
        self.keychain = rt.read_field(cls, data, "keychain", _READ_KEYCHAIN, strict)
        self.meeting_number = rt.read_field(cls, data, "meetingNumber", rt.INT, strict)
        self.primary_did_group_id = rt.read_field(cls, data, "primaryDidGroupId", rt.INT, strict)
        self.subscriber_sid = rt.read_field(cls, data, "subscriberSid", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
