"""AppConferenceCall: The detail record of one call to a Conference endpoint (App DR Conf CDR)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .app_conference_call_custom_type import AppConferenceCallCustomType
from .app_conference_call_direction import AppConferenceCallDirection

_FIELDS: tuple[rt.Field, ...] = (
    ("address_dst", "address_dst", str),
    ("address_src", "address_src", str),
    ("audio_key", "audio_key", str),
    ("bridge", "bridge", str),
    ("call_sid", "call_sid", str),
    ("custom_call_type", "custom_call_type", rt.enum_reader(AppConferenceCallCustomType)),
    ("custom_name", "custom_name", str),
    ("date_disconnected", "date_disconnected", rt.DATETIME),
    ("date_insert", "date_insert", rt.DATETIME),
    ("date_join", "date_join", rt.DATETIME),
    ("date_start", "date_start", rt.DATETIME),
    ("date_stop", "date_stop", rt.DATETIME),
    ("direction", "direction", rt.enum_reader(AppConferenceCallDirection)),
    ("disconnect_cause", "disconnect_cause", int),
    ("disconnect_originator", "disconnect_originator", str),
    ("disconnect_reason", "disconnect_reason", str),
    ("duration", "duration", str),
    ("duration_meeting", "duration_meeting", str),
    ("endpoint_sid", "endpoint_sid", str),
    ("meeting_room_sid", "meeting_room_sid", str),
    ("meeting_sid", "meeting_sid", str),
    ("node", "node", str),
    ("number_dst", "number_dst", str),
    ("number_src", "number_src", str),
    ("partner_sid", "partner_sid", str),
    ("role", "role", str),
    ("user_agent", "user_agent", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AppConferenceCall:
    """The detail record of one call to a Conference endpoint (App DR Conf CDR).

    Attributes:
        address_dst: Destination SIP address.
        address_src: Source SIP address.
        audio_key: Audio key of the call.
        bridge: Conference bridge that handled the call.
        call_sid: Secure ID of the call.
        custom_call_type: custom_call_type
        custom_name: custom_name
        date_disconnected: date_disconnected
        date_insert: When the record was stored.
        date_join: When the caller joined the meeting.
        date_start: date_start
        date_stop: date_stop
        direction: direction
        disconnect_cause: Disconnect cause code.
        disconnect_originator: Which side ended the call (sample `src`).
        disconnect_reason: disconnect_reason
        duration: Call length in seconds.
        duration_meeting: Seconds spent in the meeting.
        endpoint_sid: endpoint_sid
        meeting_room_sid: meeting_room_sid
        meeting_sid: meeting_sid
        node: node
        number_dst: number_dst
        number_src: number_src
        partner_sid: partner_sid
        role: Role of the caller (sample `host`).
        user_agent: user_agent
    """

    address_dst: str | None
    address_src: str | None
    audio_key: str | None
    bridge: str | None
    call_sid: str | None
    custom_call_type: AppConferenceCallCustomType | None
    custom_name: str | None
    date_disconnected: datetime.datetime | None
    date_insert: datetime.datetime | None
    date_join: datetime.datetime | None
    date_start: datetime.datetime | None
    date_stop: datetime.datetime | None
    direction: AppConferenceCallDirection | None
    disconnect_cause: int | None
    disconnect_originator: str | None
    disconnect_reason: str | None
    duration: str | None
    duration_meeting: str | None
    endpoint_sid: str | None
    meeting_room_sid: str | None
    meeting_sid: str | None
    node: str | None
    number_dst: str | None
    number_src: str | None
    partner_sid: str | None
    role: str | None
    user_agent: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        address_dst: str | None | Unset = UNSET,
        address_src: str | None | Unset = UNSET,
        audio_key: str | None | Unset = UNSET,
        bridge: str | None | Unset = UNSET,
        call_sid: str | None | Unset = UNSET,
        custom_call_type: AppConferenceCallCustomType | None | Unset = UNSET,
        custom_name: str | None | Unset = UNSET,
        date_disconnected: datetime.datetime | None | Unset = UNSET,
        date_insert: datetime.datetime | None | Unset = UNSET,
        date_join: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        date_stop: datetime.datetime | None | Unset = UNSET,
        direction: AppConferenceCallDirection | None | Unset = UNSET,
        disconnect_cause: int | None | Unset = UNSET,
        disconnect_originator: str | None | Unset = UNSET,
        disconnect_reason: str | None | Unset = UNSET,
        duration: str | None | Unset = UNSET,
        duration_meeting: str | None | Unset = UNSET,
        endpoint_sid: str | None | Unset = UNSET,
        meeting_room_sid: str | None | Unset = UNSET,
        meeting_sid: str | None | Unset = UNSET,
        node: str | None | Unset = UNSET,
        number_dst: str | None | Unset = UNSET,
        number_src: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        role: str | None | Unset = UNSET,
        user_agent: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.address_dst = rt.given(self, "address_dst", address_dst)
        self.address_src = rt.given(self, "address_src", address_src)
        self.audio_key = rt.given(self, "audio_key", audio_key)
        self.bridge = rt.given(self, "bridge", bridge)
        self.call_sid = rt.given(self, "call_sid", call_sid)
        self.custom_call_type = rt.given(self, "custom_call_type", custom_call_type)
        self.custom_name = rt.given(self, "custom_name", custom_name)
        self.date_disconnected = rt.given(self, "date_disconnected", date_disconnected)
        self.date_insert = rt.given(self, "date_insert", date_insert)
        self.date_join = rt.given(self, "date_join", date_join)
        self.date_start = rt.given(self, "date_start", date_start)
        self.date_stop = rt.given(self, "date_stop", date_stop)
        self.direction = rt.given(self, "direction", direction)
        self.disconnect_cause = rt.given(self, "disconnect_cause", disconnect_cause)
        self.disconnect_originator = rt.given(self, "disconnect_originator", disconnect_originator)
        self.disconnect_reason = rt.given(self, "disconnect_reason", disconnect_reason)
        self.duration = rt.given(self, "duration", duration)
        self.duration_meeting = rt.given(self, "duration_meeting", duration_meeting)
        self.endpoint_sid = rt.given(self, "endpoint_sid", endpoint_sid)
        self.meeting_room_sid = rt.given(self, "meeting_room_sid", meeting_room_sid)
        self.meeting_sid = rt.given(self, "meeting_sid", meeting_sid)
        self.node = rt.given(self, "node", node)
        self.number_dst = rt.given(self, "number_dst", number_dst)
        self.number_src = rt.given(self, "number_src", number_src)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.role = rt.given(self, "role", role)
        self.user_agent = rt.given(self, "user_agent", user_agent)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AppConferenceCallFieldName = Literal[
    "address_dst",
    "address_src",
    "audio_key",
    "bridge",
    "call_sid",
    "custom_call_type",
    "custom_name",
    "date_disconnected",
    "date_insert",
    "date_join",
    "date_start",
    "date_stop",
    "direction",
    "disconnect_cause",
    "disconnect_originator",
    "disconnect_reason",
    "duration",
    "duration_meeting",
    "endpoint_sid",
    "meeting_room_sid",
    "meeting_sid",
    "node",
    "number_dst",
    "number_src",
    "partner_sid",
    "role",
    "user_agent",
]
"""The names of `AppConferenceCall`'s fields, for typed filters, orders and field lists."""
