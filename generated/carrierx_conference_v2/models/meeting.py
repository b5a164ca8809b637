"""Meeting: A meeting in progress."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .meeting_on_hold import MeetingOnHold
from .meeting_participant_muted import MeetingParticipantMuted

if TYPE_CHECKING:
    from .meeting_attendees import MeetingAttendees

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("attendees", "attendees", rt.model_reader("carrierx_conference_v2.models.meeting_attendees", "MeetingAttendees")),
    ("date_created", "date_created", rt.DATETIME),
    ("duration", "duration", int),
    ("locked", "locked", bool),
    ("meeting_room_sid", "meeting_room_sid", str),
    ("meeting_sid", "meeting_sid", str),
    ("on_hold", "on_hold", rt.enum_reader(MeetingOnHold)),
    ("participant_muted", "participant_muted", rt.enum_reader(MeetingParticipantMuted)),
    ("recording", "recording", bool),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Meeting:
    """A meeting in progress.

    Attributes:
        account_sid: SID of the account.
        attendees: Count of callers per role.
        date_created: When the meeting started.
        duration: Meeting duration in seconds.
        locked: Whether the meeting is closed to new participants and listeners (hosts can still join).
        meeting_room_sid: SID of the meeting room.
        meeting_sid: Meeting SID.
        on_hold: Roles for which the meeting is on hold.
        participant_muted: Mute mode of the meeting.
        recording: Whether the meeting is being recorded.
    """

    account_sid: str | None
    attendees: MeetingAttendees | None
    date_created: datetime.datetime | None
    duration: int | None
    locked: bool | None
    meeting_room_sid: str | None
    meeting_sid: str | None
    on_hold: MeetingOnHold | None
    participant_muted: MeetingParticipantMuted | None
    recording: bool | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        attendees: MeetingAttendees | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        locked: bool | None | Unset = UNSET,
        meeting_room_sid: str | None | Unset = UNSET,
        meeting_sid: str | None | Unset = UNSET,
        on_hold: MeetingOnHold | None | Unset = UNSET,
        participant_muted: MeetingParticipantMuted | None | Unset = UNSET,
        recording: bool | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.attendees = rt.given(self, "attendees", attendees)
        self.date_created = rt.given(self, "date_created", date_created)
        self.duration = rt.given(self, "duration", duration)
        self.locked = rt.given(self, "locked", locked)
        self.meeting_room_sid = rt.given(self, "meeting_room_sid", meeting_room_sid)
        self.meeting_sid = rt.given(self, "meeting_sid", meeting_sid)
        self.on_hold = rt.given(self, "on_hold", on_hold)
        self.participant_muted = rt.given(self, "participant_muted", participant_muted)
        self.recording = rt.given(self, "recording", recording)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingFieldName = Literal[
    "account_sid",
    "attendees",
    "date_created",
    "duration",
    "locked",
    "meeting_room_sid",
    "meeting_sid",
    "on_hold",
    "participant_muted",
    "recording",
]
"""The names of `Meeting`'s fields, for typed filters, orders and field lists."""
