"""Meeting: A meeting in progress; it exists while the meeting runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute import Attribute

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.list_reader(rt.model_reader("carrierx_conference.models.attribute", "Attribute"))),
    ("created", "created", int),
    ("duration", "duration", int),
    ("hold_mode", "holdMode", int),
    ("id", "id", int),
    ("is_recording", "isRecording", bool),
    ("is_secured", "isSecured", bool),
    ("meeting_number", "meetingNumber", int),
    ("mute_mode", "muteMode", int),
    ("participant_count", "participantCount", int),
    ("qa_mode", "qaMode", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Meeting:
    """A meeting in progress; it exists while the meeting runs.

    Attributes:
        attributes: Current setting values of the meeting.
        created: When the meeting started (UNIX time, milliseconds).
        duration: Duration in seconds.
        hold_mode: Initial hold state: 0 nobody on hold, 40 participants and listeners on hold.
        id: Meeting ID (not used to address the meeting).
        is_recording: Whether the meeting is being recorded.
        is_secured: Whether the meeting is secured.
        meeting_number: Meeting number, used in the paths.
        mute_mode: Mute code: 32 listeners muted, 36 participants and listeners muted (may unmute), 40
            participants and listeners muted.
        participant_count: Number of callers in the meeting.
        qa_mode: Q&A mode code.
    """

    attributes: list[Attribute] | None
    created: int | None
    duration: int | None
    hold_mode: int | None
    id: int | None
    is_recording: bool | None
    is_secured: bool | None
    meeting_number: int | None
    mute_mode: int | None
    participant_count: int | None
    qa_mode: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[Attribute] | None | Unset = UNSET,
        created: int | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        hold_mode: int | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        is_recording: bool | None | Unset = UNSET,
        is_secured: bool | None | Unset = UNSET,
        meeting_number: int | None | Unset = UNSET,
        mute_mode: int | None | Unset = UNSET,
        participant_count: int | None | Unset = UNSET,
        qa_mode: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.created = rt.given(self, "created", created)
        self.duration = rt.given(self, "duration", duration)
        self.hold_mode = rt.given(self, "holdMode", hold_mode)
        self.id = rt.given(self, "id", id)
        self.is_recording = rt.given(self, "isRecording", is_recording)
        self.is_secured = rt.given(self, "isSecured", is_secured)
        self.meeting_number = rt.given(self, "meetingNumber", meeting_number)
        self.mute_mode = rt.given(self, "muteMode", mute_mode)
        self.participant_count = rt.given(self, "participantCount", participant_count)
        self.qa_mode = rt.given(self, "qaMode", qa_mode)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingFieldName = Literal[
    "attributes",
    "created",
    "duration",
    "holdMode",
    "id",
    "isRecording",
    "isSecured",
    "meetingNumber",
    "muteMode",
    "participantCount",
    "qaMode",
]
"""The names of `Meeting`'s fields, for typed filters, orders and field lists."""
