from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_on_hold import MeetingOnHold
from ..models.meeting_participant_muted import MeetingParticipantMuted
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """Meeting fields to change (PATCH).

    Attributes:
        on_hold (MeetingOnHold | Unset): Which roles the meeting is on hold for: `p` (participants), `l` (listeners) or
            both.
        participant_muted (MeetingParticipantMuted | Unset): Mute mode of the meeting: `false` (only listeners muted),
            `relaxed` (participants and listeners muted, participants may unmute), `true` (participants and listeners muted,
            no self-unmute).
    """

    on_hold: MeetingOnHold | Unset = UNSET
    participant_muted: MeetingParticipantMuted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_hold: str | Unset = UNSET
        if not isinstance(self.on_hold, Unset):
            on_hold = self.on_hold.value

        participant_muted: str | Unset = UNSET
        if not isinstance(self.participant_muted, Unset):
            participant_muted = self.participant_muted.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_hold is not UNSET:
            field_dict["on_hold"] = on_hold
        if participant_muted is not UNSET:
            field_dict["participant_muted"] = participant_muted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _on_hold = d.pop("on_hold", UNSET)
        on_hold: MeetingOnHold | Unset
        if isinstance(_on_hold, Unset):
            on_hold = UNSET
        else:
            on_hold = MeetingOnHold(_on_hold)

        _participant_muted = d.pop("participant_muted", UNSET)
        participant_muted: MeetingParticipantMuted | Unset
        if isinstance(_participant_muted, Unset):
            participant_muted = UNSET
        else:
            participant_muted = MeetingParticipantMuted(_participant_muted)

        meeting_update = cls(
            on_hold=on_hold,
            participant_muted=participant_muted,
        )

        meeting_update.additional_properties = d
        return meeting_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
