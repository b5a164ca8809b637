"""KeychainEntry: An access code with its role, as sent in a meeting room's keychain."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

from .meeting_key_role import MeetingKeyRole

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "accessCode", str),
    ("role", "role", rt.enum_reader(MeetingKeyRole)),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "accessCode",
        "role",
    ),
    True,
)


@_attrs_define(init=False)
class KeychainEntry:
    """An access code with its role, as sent in a meeting room's keychain.

    Attributes:
        access_code: DTMF digits.
        role: Access level of a meeting key: 1 host, 2 participant, 3 listener.
    """

    access_code: str | None
    role: MeetingKeyRole | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_code: str,
        role: MeetingKeyRole,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "accessCode", access_code)
        self.role = rt.given(self, "role", role)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


KeychainEntryFieldName = Literal[
    "accessCode",
    "role",
]
"""The names of `KeychainEntry`'s fields, for typed filters, orders and field lists."""


class KeychainEntryParams(TypedDict, total=False):
    accessCode: Required[str]
    role: Required[MeetingKeyRole | int]
