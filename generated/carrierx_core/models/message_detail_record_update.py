"""MessageDetailRecordUpdate: Detail record fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .message_status import MessageStatus
from .message_type import MessageType

_FIELDS: tuple[rt.Field, ...] = (
    ("number_src", "number_src", str),
    ("p2p_nnid", "p2p_nnid", str),
    ("partner_sid", "partner_sid", str),
    ("passthrough_price", "passthrough_price", str),
    ("passthrough_rate", "passthrough_rate", str),
    ("price", "price", str),
    ("provider", "provider", str),
    ("rate", "rate", str),
    ("registration_type", "registration_type", str),
    ("status", "status", rt.enum_reader(MessageStatus)),
    ("type_", "type", rt.enum_reader(MessageType)),
    ("user_data", "user_data", str),
    ("vendor_error_code", "vendor_error_code", str),
    ("version", "version", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MessageDetailRecordUpdate:
    """Detail record fields to change (PATCH).

    Attributes:
        number_src: Source number (E.164).
        p2p_nnid: P2P network ID.
        partner_sid: SID of the owning partner.
        passthrough_price: Pass-through price.
        passthrough_rate: Pass-through rate.
        price: Price of the message in US dollars, sent as a string.
        provider: Provider that carried the message.
        rate: Rate per message, sent as a string.
        registration_type: Registration type.
        status: Delivery status of a text message.
        type_: Kind of text message.
        user_data: Free user-defined data.
        vendor_error_code: Error code reported by the vendor.
        version: Record version.
    """

    number_src: str | None
    p2p_nnid: str | None
    partner_sid: str | None
    passthrough_price: str | None
    passthrough_rate: str | None
    price: str | None
    provider: str | None
    rate: str | None
    registration_type: str | None
    status: MessageStatus | None
    type_: MessageType | None
    user_data: str | None
    vendor_error_code: str | None
    version: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        number_src: str | None | Unset = UNSET,
        p2p_nnid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        passthrough_price: str | None | Unset = UNSET,
        passthrough_rate: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        provider: str | None | Unset = UNSET,
        rate: str | None | Unset = UNSET,
        registration_type: str | None | Unset = UNSET,
        status: MessageStatus | None | Unset = UNSET,
        type_: MessageType | None | Unset = UNSET,
        user_data: str | None | Unset = UNSET,
        vendor_error_code: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.number_src = rt.given(self, "number_src", number_src)
        self.p2p_nnid = rt.given(self, "p2p_nnid", p2p_nnid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.passthrough_price = rt.given(self, "passthrough_price", passthrough_price)
        self.passthrough_rate = rt.given(self, "passthrough_rate", passthrough_rate)
        self.price = rt.given(self, "price", price)
        self.provider = rt.given(self, "provider", provider)
        self.rate = rt.given(self, "rate", rate)
        self.registration_type = rt.given(self, "registration_type", registration_type)
        self.status = rt.given(self, "status", status)
        self.type_ = rt.given(self, "type", type_)
        self.user_data = rt.given(self, "user_data", user_data)
        self.vendor_error_code = rt.given(self, "vendor_error_code", vendor_error_code)
        self.version = rt.given(self, "version", version)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MessageDetailRecordUpdateFieldName = Literal[
    "number_src",
    "p2p_nnid",
    "partner_sid",
    "passthrough_price",
    "passthrough_rate",
    "price",
    "provider",
    "rate",
    "registration_type",
    "status",
    "type",
    "user_data",
    "vendor_error_code",
    "version",
]
"""The names of `MessageDetailRecordUpdate`'s fields, for typed filters, orders and field lists."""


class MessageDetailRecordUpdateParams(TypedDict, total=False):
    number_src: str | None
    p2p_nnid: str | None
    partner_sid: str | None
    passthrough_price: str | None
    passthrough_rate: str | None
    price: str | None
    provider: str | None
    rate: str | None
    registration_type: str | None
    status: MessageStatus | str | None
    type: MessageType | str | None
    user_data: str | None
    vendor_error_code: str | None
    version: str | None
