"""MeetingKey: An access code of a meeting room and the role it grants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .meeting_key_role import MeetingKeyRole

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "accessCode", str),
    ("id", "id", int),
    ("meeting_room_id", "meetingRoomId", int),
    ("role", "role", rt.enum_reader(MeetingKeyRole)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingKey:
    """An access code of a meeting room and the role it grants.

    Attributes:
        access_code: DTMF digits callers enter to join.
        id: ID of this access code.
        meeting_room_id: ID of the meeting room (returned by create and update only).
        role: Role code: 1 host, 2 participant, 3 listener.
    """

    access_code: str | None
    id: int | None
    meeting_room_id: int | None
    role: MeetingKeyRole | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_code: str | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        meeting_room_id: int | None | Unset = UNSET,
        role: MeetingKeyRole | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "accessCode", access_code)
        self.id = rt.given(self, "id", id)
        self.meeting_room_id = rt.given(self, "meetingRoomId", meeting_room_id)
        self.role = rt.given(self, "role", role)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingKeyFieldName = Literal[
    "accessCode",
    "id",
    "meetingRoomId",
    "role",
]
"""The names of `MeetingKey`'s fields, for typed filters, orders and field lists."""
