"""Call: A call connected to the conference endpoint."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .call_direction import CallDirection
from .conference_role import ConferenceRole

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "access_code", str),
    ("account_sid", "account_sid", str),
    ("call_sid", "call_sid", str),
    ("codecs", "codecs", str),
    ("date_created", "date_created", rt.DATETIME),
    ("date_joined", "date_joined", rt.DATETIME),
    ("direction", "direction", rt.enum_reader(CallDirection)),
    ("duration", "duration", int),
    ("gain_level", "gain_level", int),
    ("meeting_room_sid", "meeting_room_sid", str),
    ("meeting_sid", "meeting_sid", str),
    ("muted", "muted", bool),
    ("name", "name", str),
    ("number_dst", "number_dst", str),
    ("number_src", "number_src", str),
    ("on_hold", "on_hold", bool),
    ("role", "role", rt.enum_reader(ConferenceRole)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Call:
    """A call connected to the conference endpoint.

    Attributes:
        access_code: Access code the caller entered.
        account_sid: SID of the account.
        call_sid: Call SID.
        codecs: Semicolon-separated codecs in use (e.g. `PCMU`, `OPUS`, `ISAC,VP8`).
        date_created: When the call was placed.
        date_joined: When the caller joined the meeting.
        direction: Call direction.
        duration: Call duration in seconds.
        gain_level: Gain of the transmission circuit.
        meeting_room_sid: SID of the meeting room; set once the caller enters a meeting.
        meeting_sid: SID of the meeting; set once the caller enters a meeting.
        muted: Whether the call is muted.
        name: Caller name as sent by the client.
        number_dst: The number dialled.
        number_src: The calling number.
        on_hold: Whether the call is on hold.
        role: Role of the caller in the meeting.
    """

    access_code: str | None
    account_sid: str | None
    call_sid: str | None
    codecs: str | None
    date_created: datetime.datetime | None
    date_joined: datetime.datetime | None
    direction: CallDirection | None
    duration: int | None
    gain_level: int | None
    meeting_room_sid: str | None
    meeting_sid: str | None
    muted: bool | None
    name: str | None
    number_dst: str | None
    number_src: str | None
    on_hold: bool | None
    role: ConferenceRole | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_code: str | None | Unset = UNSET,
        account_sid: str | None | Unset = UNSET,
        call_sid: str | None | Unset = UNSET,
        codecs: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        date_joined: datetime.datetime | None | Unset = UNSET,
        direction: CallDirection | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        gain_level: int | None | Unset = UNSET,
        meeting_room_sid: str | None | Unset = UNSET,
        meeting_sid: str | None | Unset = UNSET,
        muted: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        number_dst: str | None | Unset = UNSET,
        number_src: str | None | Unset = UNSET,
        on_hold: bool | None | Unset = UNSET,
        role: ConferenceRole | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "access_code", access_code)
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.call_sid = rt.given(self, "call_sid", call_sid)
        self.codecs = rt.given(self, "codecs", codecs)
        self.date_created = rt.given(self, "date_created", date_created)
        self.date_joined = rt.given(self, "date_joined", date_joined)
        self.direction = rt.given(self, "direction", direction)
        self.duration = rt.given(self, "duration", duration)
        self.gain_level = rt.given(self, "gain_level", gain_level)
        self.meeting_room_sid = rt.given(self, "meeting_room_sid", meeting_room_sid)
        self.meeting_sid = rt.given(self, "meeting_sid", meeting_sid)
        self.muted = rt.given(self, "muted", muted)
        self.name = rt.given(self, "name", name)
        self.number_dst = rt.given(self, "number_dst", number_dst)
        self.number_src = rt.given(self, "number_src", number_src)
        self.on_hold = rt.given(self, "on_hold", on_hold)
        self.role = rt.given(self, "role", role)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallFieldName = Literal[
    "access_code",
    "account_sid",
    "call_sid",
    "codecs",
    "date_created",
    "date_joined",
    "direction",
    "duration",
    "gain_level",
    "meeting_room_sid",
    "meeting_sid",
    "muted",
    "name",
    "number_dst",
    "number_src",
    "on_hold",
    "role",
]
"""The names of `Call`'s fields, for typed filters, orders and field lists."""
