from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingAttendees")


@_attrs_define
class MeetingAttendees:
    """How many callers of each role are in the meeting.

    Attributes:
        hosts (int | None | Unset):
        listeners (int | None | Unset):
        participants (int | None | Unset):
    """

    hosts: int | None | Unset = UNSET
    listeners: int | None | Unset = UNSET
    participants: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hosts: int | None | Unset
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        else:
            hosts = self.hosts

        listeners: int | None | Unset
        if isinstance(self.listeners, Unset):
            listeners = UNSET
        else:
            listeners = self.listeners

        participants: int | None | Unset
        if isinstance(self.participants, Unset):
            participants = UNSET
        else:
            participants = self.participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if listeners is not UNSET:
            field_dict["listeners"] = listeners
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hosts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hosts = _parse_hosts(d.pop("hosts", UNSET))

        def _parse_listeners(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        listeners = _parse_listeners(d.pop("listeners", UNSET))

        def _parse_participants(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        participants = _parse_participants(d.pop("participants", UNSET))

        meeting_attendees = cls(
            hosts=hosts,
            listeners=listeners,
            participants=participants,
        )

        meeting_attendees.additional_properties = d
        return meeting_attendees

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
