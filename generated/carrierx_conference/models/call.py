"""Call: A call connected to a meeting; it exists while the call lasts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .call_hold_mode import CallHoldMode

_FIELDS: tuple[rt.Field, ...] = (
    ("access_code", "accessCode", str),
    ("address_from", "addressFrom", str),
    ("address_to", "addressTo", str),
    ("bridge_name", "bridgeName", str),
    ("callee", "callee", str),
    ("caller", "caller", str),
    ("codec", "codec", str),
    ("connection_status", "connectionStatus", int),
    ("created", "created", int),
    ("custom_name", "customName", str),
    ("duration", "duration", int),
    ("gain_level", "gainLevel", int),
    ("hold_mode", "holdMode", rt.enum_reader(CallHoldMode)),
    ("id", "id", int),
    ("joined", "joined", int),
    ("meeting_number", "meetingNumber", int),
    ("mute_mode", "muteMode", int),
    ("node_name", "nodeName", str),
    ("presenter_media", "presenterMedia", int),
    ("qa_mode", "qaMode", int),
    ("role", "role", int),
    ("state", "state", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Call:
    """A call connected to a meeting; it exists while the call lasts.

    Attributes:
        access_code: Access code the caller entered.
        address_from: Calling address.
        address_to: Called address (may be a SIP URI).
        bridge_name: Name of the bridge handling the call.
        callee: Called number.
        caller: Calling number.
        codec: Audio codec.
        connection_status: Connection (direction) code.
        created: When the call was created (UNIX time, milliseconds).
        custom_name: Custom name of the caller.
        duration: Duration in seconds.
        gain_level: Audio gain level.
        hold_mode: Hold code: 0 nobody on hold, 40 participants and listeners on hold.
        id: Call ID.
        joined: When the caller joined the meeting (UNIX time, milliseconds).
        meeting_number: Number of the meeting the call is in.
        mute_mode: Mute code.
        node_name: Node handling the call.
        presenter_media: Presenter media bit flags.
        qa_mode: Q&A mode code.
        role: Role code of the caller (1 host in the sample).
        state: Call state code.
    """

    access_code: str | None
    address_from: str | None
    address_to: str | None
    bridge_name: str | None
    callee: str | None
    caller: str | None
    codec: str | None
    connection_status: int | None
    created: int | None
    custom_name: str | None
    duration: int | None
    gain_level: int | None
    hold_mode: CallHoldMode | None
    id: int | None
    joined: int | None
    meeting_number: int | None
    mute_mode: int | None
    node_name: str | None
    presenter_media: int | None
    qa_mode: int | None
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
        bridge_name: str | None | Unset = UNSET,
        callee: str | None | Unset = UNSET,
        caller: str | None | Unset = UNSET,
        codec: str | None | Unset = UNSET,
        connection_status: int | None | Unset = UNSET,
        created: int | None | Unset = UNSET,
        custom_name: str | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        gain_level: int | None | Unset = UNSET,
        hold_mode: CallHoldMode | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        joined: int | None | Unset = UNSET,
        meeting_number: int | None | Unset = UNSET,
        mute_mode: int | None | Unset = UNSET,
        node_name: str | None | Unset = UNSET,
        presenter_media: int | None | Unset = UNSET,
        qa_mode: int | None | Unset = UNSET,
        role: int | None | Unset = UNSET,
        state: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_code = rt.given(self, "accessCode", access_code)
        self.address_from = rt.given(self, "addressFrom", address_from)
        self.address_to = rt.given(self, "addressTo", address_to)
        self.bridge_name = rt.given(self, "bridgeName", bridge_name)
        self.callee = rt.given(self, "callee", callee)
        self.caller = rt.given(self, "caller", caller)
        self.codec = rt.given(self, "codec", codec)
        self.connection_status = rt.given(self, "connectionStatus", connection_status)
        self.created = rt.given(self, "created", created)
        self.custom_name = rt.given(self, "customName", custom_name)
        self.duration = rt.given(self, "duration", duration)
        self.gain_level = rt.given(self, "gainLevel", gain_level)
        self.hold_mode = rt.given(self, "holdMode", hold_mode)
        self.id = rt.given(self, "id", id)
        self.joined = rt.given(self, "joined", joined)
        self.meeting_number = rt.given(self, "meetingNumber", meeting_number)
        self.mute_mode = rt.given(self, "muteMode", mute_mode)
        self.node_name = rt.given(self, "nodeName", node_name)
        self.presenter_media = rt.given(self, "presenterMedia", presenter_media)
        self.qa_mode = rt.given(self, "qaMode", qa_mode)
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


CallFieldName = Literal[
    "accessCode",
    "addressFrom",
    "addressTo",
    "bridgeName",
    "callee",
    "caller",
    "codec",
    "connectionStatus",
    "created",
    "customName",
    "duration",
    "gainLevel",
    "holdMode",
    "id",
    "joined",
    "meetingNumber",
    "muteMode",
    "nodeName",
    "presenterMedia",
    "qaMode",
    "role",
    "state",
]
"""The names of `Call`'s fields, for typed filters, orders and field lists."""
