"""MeetingRoomUpdate: Meeting room fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .call_flow_properties import CallFlowProperties, CallFlowPropertiesParams
    from .meeting_key import MeetingKey, MeetingKeyParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "access_codes",
        "access_codes",
        rt.list_reader(rt.model_reader("carrierx_conference_v2.models.meeting_key", "MeetingKey")),
    ),
    (
        "properties",
        "properties",
        rt.model_reader("carrierx_conference_v2.models.call_flow_properties", "CallFlowProperties"),
    ),
    ("did_group_sid", "did_group_sid", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MeetingRoomUpdate:
    """Meeting room fields to change (PATCH).

    Attributes:
        access_codes: Access codes and the roles they grant; unique across the endpoint.
        properties: Call flow settings as a flat map of string values. On a call flow they are the defaults;
            on an account, DID group, DID or meeting room they override them (meeting room wins over
            DID, DID over DID group, DID group over account, account over call flow). Send only the
            keys to override.
        did_group_sid: SID of the DID group of the room.
        name: Display name of the room.
    """

    access_codes: list[MeetingKey] | None
    properties: CallFlowProperties | None
    did_group_sid: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_codes: list[MeetingKey] | None | Unset = UNSET,
        properties: CallFlowProperties | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_codes = rt.given(self, "access_codes", access_codes)
        self.properties = rt.given(self, "properties", properties)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MeetingRoomUpdateFieldName = Literal[
    "access_codes",
    "properties",
    "did_group_sid",
    "name",
]
"""The names of `MeetingRoomUpdate`'s fields, for typed filters, orders and field lists."""


class MeetingRoomUpdateParams(TypedDict, total=False):
    access_codes: list[MeetingKey | MeetingKeyParams] | None
    properties: CallFlowProperties | CallFlowPropertiesParams | None
    did_group_sid: str | None
    name: str | None
