"""CallUpdate: Call fields to change (PUT changes only what is sent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .call_hold_mode import CallHoldMode

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "accessCode", str),
    ("address_from", "addressFrom", str),
    ("address_to", "addressTo", str),
    ("callee", "callee", str),
    ("caller", "caller", str),
    ("codec", "codec", str),
    ("connection_status", "connectionStatus", int),
    ("custom_name", "customName", str),
    ("gain_level", "gainLevel", int),
    ("hold_mode", "holdMode", rt.enum_reader(CallHoldMode)),
    ("mute_mode", "muteMode", int),
    ("node_name", "nodeName", str),
    ("presenter_media", "presenterMedia", int),
    ("role", "role", int),
    ("state", "state", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CallUpdate:
    """Call fields to change (PUT changes only what is sent).

    Attributes:
        access_code: accessCode
        address_from: addressFrom
        address_to: addressTo
        callee: callee
        caller: caller
        codec: codec
        connection_status: connectionStatus
        custom_name: customName
        gain_level: gainLevel
        hold_mode: Hold state: 0 nobody on hold, 40 participants and listeners on hold.
        mute_mode: muteMode
        node_name: nodeName
        presenter_media: Bit flags (e.g. 1 + 4 = 5).
        role: Role code.
        state: Call state code.
    """

    access_code: str | None
    address_from: str | None
    address_to: str | None
    callee: str | None
    caller: str | None
    codec: str | None
    connection_status: int | None
    custom_name: str | None
    gain_level: int | None
    hold_mode: CallHoldMode | None
    mute_mode: int | None
    node_name: str | None
    presenter_media: int | None
    role: int | None
    state: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_code: str | None | Unset = UNSET,
        address_from: str | None | Unset = UNSET,
        address_to: str | None | Unset = UNSET,
        callee: str | None | Unset = UNSET,
        caller: str | None | Unset = UNSET,
        codec: str | None | Unset = UNSET,
        connection_status: int | None | Unset = UNSET,
        custom_name: str | None | Unset = UNSET,
        gain_level: int | None | Unset = UNSET,
        hold_mode: CallHoldMode | None | Unset = UNSET,
        mute_mode: int | None | Unset = UNSET,
        node_name: str | None | Unset = UNSET,
        presenter_media: int | None | Unset = UNSET,
        role: int | None | Unset = UNSET,
        state: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "accessCode", access_code)
        self.address_from = rt.given(self, "addressFrom", address_from)
        self.address_to = rt.given(self, "addressTo", address_to)
        self.callee = rt.given(self, "callee", callee)
        self.caller = rt.given(self, "caller", caller)
        self.codec = rt.given(self, "codec", codec)
        self.connection_status = rt.given(self, "connectionStatus", connection_status)
        self.custom_name = rt.given(self, "customName", custom_name)
        self.gain_level = rt.given(self, "gainLevel", gain_level)
        self.hold_mode = rt.given(self, "holdMode", hold_mode)
        self.mute_mode = rt.given(self, "muteMode", mute_mode)
        self.node_name = rt.given(self, "nodeName", node_name)
        self.presenter_media = rt.given(self, "presenterMedia", presenter_media)
        self.role = rt.given(self, "role", role)
        self.state = rt.given(self, "state", state)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallUpdateFieldName = Literal[
    "accessCode",
    "addressFrom",
    "addressTo",
    "callee",
    "caller",
    "codec",
    "connectionStatus",
    "customName",
    "gainLevel",
    "holdMode",
    "muteMode",
    "nodeName",
    "presenterMedia",
    "role",
    "state",
]
"""The names of `CallUpdate`'s fields, for typed filters, orders and field lists."""


class CallUpdateParams(TypedDict, total=False):
    accessCode: str | None
    addressFrom: str | None
    addressTo: str | None
    callee: str | None
    caller: str | None
    codec: str | None
    connectionStatus: int | None
    customName: str | None
    gainLevel: int | None
    holdMode: CallHoldMode | int | None
    muteMode: int | None
    nodeName: str | None
    presenterMedia: int | None
    role: int | None
    state: int | None
