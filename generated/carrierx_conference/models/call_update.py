"""CallUpdate: Call fields to change (PUT changes only what is sent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .call_hold_mode import CallHoldMode

_KEYS = (
    ("access_code", "accessCode"),
    ("address_from", "addressFrom"),
    ("address_to", "addressTo"),
    ("callee", "callee"),
    ("caller", "caller"),
    ("codec", "codec"),
    ("connection_status", "connectionStatus"),
    ("custom_name", "customName"),
    ("gain_level", "gainLevel"),
    ("hold_mode", "holdMode"),
    ("mute_mode", "muteMode"),
    ("node_name", "nodeName"),
    ("presenter_media", "presenterMedia"),
    ("role", "role"),
    ("state", "state"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_HOLD_MODE = rt.enum_reader(CallHoldMode)


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
        data = dict(src)
        self = cls.__new__(cls)
        self.access_code = rt.read_field(cls, data, "accessCode", rt.STR, strict)
        self.address_from = rt.read_field(cls, data, "addressFrom", rt.STR, strict)
        self.address_to = rt.read_field(cls, data, "addressTo", rt.STR, strict)
        self.callee = rt.read_field(cls, data, "callee", rt.STR, strict)
        self.caller = rt.read_field(cls, data, "caller", rt.STR, strict)
        self.codec = rt.read_field(cls, data, "codec", rt.STR, strict)
        self.connection_status = rt.read_field(cls, data, "connectionStatus", rt.INT, strict)
        self.custom_name = rt.read_field(cls, data, "customName", rt.STR, strict)
        self.gain_level = rt.read_field(cls, data, "gainLevel", rt.INT, strict)
        self.hold_mode = rt.read_field(cls, data, "holdMode", _READ_HOLD_MODE, strict)
        self.mute_mode = rt.read_field(cls, data, "muteMode", rt.INT, strict)
        self.node_name = rt.read_field(cls, data, "nodeName", rt.STR, strict)
        self.presenter_media = rt.read_field(cls, data, "presenterMedia", rt.INT, strict)
        self.role = rt.read_field(cls, data, "role", rt.INT, strict)
        self.state = rt.read_field(cls, data, "state", rt.INT, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


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
