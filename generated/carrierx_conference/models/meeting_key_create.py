"""MeetingKeyCreate: Fields to create a meeting key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .meeting_key_role import MeetingKeyRole

_FIELDS: tuple[rt.Field, ...] = (
    ("role", "role", rt.enum_reader(MeetingKeyRole)),
    ("access_code", "accessCode", str),
    ("id", "id", int),
)
_LOAD = rt.model_loader(_FIELDS, ("role",), True)


@_attrs_define(init=False)
class MeetingKeyCreate:
    """Fields to create a meeting key.

    Attributes:
        role: Access level of a meeting key: 1 host, 2 participant, 3 listener.
        access_code: DTMF digits; a random code is generated when left out.
        id: ID of this access code.
    """

    role: MeetingKeyRole | None
    access_code: str | None
    id: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        role: MeetingKeyRole,
        access_code: str | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.role = rt.given(self, "role", role)
        self.access_code = rt.given(self, "accessCode", access_code)
        self.id = rt.given(self, "id", id)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingKeyCreateFieldName = Literal[
    "role",
    "accessCode",
    "id",
]
"""The names of `MeetingKeyCreate`'s fields, for typed filters, orders and field lists."""


class MeetingKeyCreateParams(TypedDict, total=False):
    role: Required[MeetingKeyRole | int]
    accessCode: str | None
    id: int | None
