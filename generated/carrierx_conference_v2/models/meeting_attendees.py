"""MeetingAttendees: How many callers of each role are in the meeting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("hosts", "hosts", int),
    ("listeners", "listeners", int),
    ("participants", "participants", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingAttendees:
    """How many callers of each role are in the meeting.

    Attributes:
        hosts: hosts
        listeners: listeners
        participants: participants
    """

    hosts: int | None
    listeners: int | None
    participants: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        hosts: int | None | Unset = UNSET,
        listeners: int | None | Unset = UNSET,
        participants: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.hosts = rt.given(self, "hosts", hosts)
        self.listeners = rt.given(self, "listeners", listeners)
        self.participants = rt.given(self, "participants", participants)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingAttendeesFieldName = Literal[
    "hosts",
    "listeners",
    "participants",
]
"""The names of `MeetingAttendees`'s fields, for typed filters, orders and field lists."""
