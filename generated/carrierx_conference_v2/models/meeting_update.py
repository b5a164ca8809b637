"""MeetingUpdate: Meeting fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .meeting_on_hold import MeetingOnHold
from .meeting_participant_muted import MeetingParticipantMuted

_FIELDS: tuple[rt.Field, ...] = (
    ("on_hold", "on_hold", rt.enum_reader(MeetingOnHold)),
    ("participant_muted", "participant_muted", rt.enum_reader(MeetingParticipantMuted)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingUpdate:
    """Meeting fields to change (PATCH).

    Attributes:
        on_hold: Which roles the meeting is on hold for: `p` (participants), `l` (listeners) or both.
        participant_muted: Mute mode of the meeting: `false` (only listeners muted), `relaxed` (participants and
            listeners muted, participants may unmute), `true` (participants and listeners muted, no
            self-unmute).
    """

    on_hold: MeetingOnHold | None
    participant_muted: MeetingParticipantMuted | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        on_hold: MeetingOnHold | None | Unset = UNSET,
        participant_muted: MeetingParticipantMuted | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.on_hold = rt.given(self, "on_hold", on_hold)
        self.participant_muted = rt.given(self, "participant_muted", participant_muted)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingUpdateFieldName = Literal[
    "on_hold",
    "participant_muted",
]
"""The names of `MeetingUpdate`'s fields, for typed filters, orders and field lists."""


class MeetingUpdateParams(TypedDict, total=False):
    on_hold: MeetingOnHold | str | None
    participant_muted: MeetingParticipantMuted | str | None
