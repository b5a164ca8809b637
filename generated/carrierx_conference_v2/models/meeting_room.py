"""MeetingRoom: A meeting room: its configuration and access codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .call_flow_properties import CallFlowProperties
    from .meeting_key import MeetingKey

_FIELDS: tuple[rt.Field, ...] = (
    (
        "access_codes",
        "access_codes",
        rt.list_reader(rt.model_reader("carrierx_conference_v2.models.meeting_key", "MeetingKey")),
    ),
    ("account_sid", "account_sid", str),
    (
        "properties",
        "properties",
        rt.model_reader("carrierx_conference_v2.models.call_flow_properties", "CallFlowProperties"),
    ),
    ("did_group_sid", "did_group_sid", str),
    ("meeting_room_sid", "meeting_room_sid", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingRoom:
    """A meeting room: its configuration and access codes.

    Attributes:
        access_codes: Access codes and the roles they grant.
        account_sid: SID of the account.
        properties: Call flow properties overridden at meeting room level.
        did_group_sid: SID of the DID group of the room; `null` when not set.
        meeting_room_sid: Meeting room SID.
        name: Display name of the room.
    """

    access_codes: list[MeetingKey] | None
    account_sid: str | None
    properties: CallFlowProperties | None
    did_group_sid: str | None
    meeting_room_sid: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_codes: list[MeetingKey] | None | Unset = UNSET,
        account_sid: str | None | Unset = UNSET,
        properties: CallFlowProperties | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        meeting_room_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_codes = rt.given(self, "access_codes", access_codes)
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.properties = rt.given(self, "properties", properties)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.meeting_room_sid = rt.given(self, "meeting_room_sid", meeting_room_sid)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingRoomFieldName = Literal[
    "access_codes",
    "account_sid",
    "properties",
    "did_group_sid",
    "meeting_room_sid",
    "name",
]
"""The names of `MeetingRoom`'s fields, for typed filters, orders and field lists."""
