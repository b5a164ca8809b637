"""MeetingKey: One access code of a meeting room and the role a caller gets by entering it. Codes are unique across
all meeting rooms of the endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .conference_role import ConferenceRole

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "access_code", str),
    ("role", "role", rt.enum_reader(ConferenceRole)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingKey:
    """One access code of a meeting room and the role a caller gets by entering it. Codes are unique
    across all meeting rooms of the endpoint.

    Attributes:
        access_code: The code a caller enters.
        role: Role granted by this code.
    """

    access_code: str | None
    role: ConferenceRole | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_code: str | None | Unset = UNSET,
        role: ConferenceRole | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "access_code", access_code)
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
    "access_code",
    "role",
]
"""The names of `MeetingKey`'s fields, for typed filters, orders and field lists."""


class MeetingKeyParams(TypedDict, total=False):
    access_code: str | None
    role: ConferenceRole | str | None
