"""MessageDetailRecord: Billing and delivery details of one sent or received message."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .message_direction import MessageDirection
from .message_status import MessageStatus
from .message_type import MessageType

_FIELDS: tuple[rt.Field, ...] = (
    ("a2p_campaign", "a2p_campaign", str),
    ("date_changed", "date_changed", rt.DATETIME),
    ("date_insert", "date_insert", rt.DATETIME),
    ("date_sent", "date_sent", rt.DATETIME),
    ("date_start", "date_start", rt.DATETIME),
    ("date_stop", "date_stop", rt.DATETIME),
    ("delay_sent", "delay_sent", int),
    ("direction", "direction", rt.enum_reader(MessageDirection)),
    ("dr_sid", "dr_sid", str),
    ("mcc", "mcc", int),
    ("mcc_mnc_price", "mcc_mnc_price", str),
    ("mcc_mnc_rate", "mcc_mnc_rate", str),
    ("media_urls", "media_urls", rt.list_reader(rt.STR)),
    ("message", "message", str),
    ("message_segments", "message_segments", int),
    ("mnc", "mnc", int),
    ("number_billing", "number_billing", str),
    ("number_dst", "number_dst", str),
    ("number_external", "number_external", str),
    ("number_group_dst", "number_group_dst", rt.list_reader(rt.STR)),
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
class MessageDetailRecord:
    """Billing and delivery details of one sent or received message.

    Attributes:
        a2p_campaign: External 10DLC campaign ID from the Campaign Registry.
        date_changed: When the message was last changed.
        date_insert: When the record was stored.
        date_sent: When the message was actually sent.
        date_start: When the message was created.
        date_stop: When delivery finished (any outcome).
        delay_sent: Seconds between the request and the sending.
        direction: direction
        dr_sid: Detail record SID.
        mcc: Mobile country code.
        mcc_mnc_price: Price for the MCC/MNC.
        mcc_mnc_rate: Rate per message for the MCC/MNC.
        media_urls: URLs of MMS media.
        message: Message text.
        message_segments: Number of segments.
        mnc: Mobile network code.
        number_billing: The subscriber's number (E.164).
        number_dst: Destination number (E.164).
        number_external: The non-subscriber's number (E.164).
        number_group_dst: Group destination numbers.
        number_src: Source number (E.164).
        p2p_nnid: P2P network ID.
        partner_sid: SID of the owning partner.
        passthrough_price: Pass-through price.
        passthrough_rate: Pass-through rate.
        price: Price of the message in US dollars, sent as a string.
        provider: Provider that carried the message.
        rate: Rate per message, sent as a string.
        registration_type: Registration type.
        status: status
        type_: type
        user_data: Free user-defined data; the only field the update sample changes.
        vendor_error_code: Error code reported by the vendor.
        version: Record version.
    """

    a2p_campaign: str | None
    date_changed: datetime.datetime | None
    date_insert: datetime.datetime | None
    date_sent: datetime.datetime | None
    date_start: datetime.datetime | None
    date_stop: datetime.datetime | None
    delay_sent: int | None
    direction: MessageDirection | None
    dr_sid: str | None
    mcc: int | None
    mcc_mnc_price: str | None
    mcc_mnc_rate: str | None
    media_urls: list[str] | None
    message: str | None
    message_segments: int | None
    mnc: int | None
    number_billing: str | None
    number_dst: str | None
    number_external: str | None
    number_group_dst: list[str] | None
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
        a2p_campaign: str | None | Unset = UNSET,
        date_changed: datetime.datetime | None | Unset = UNSET,
        date_insert: datetime.datetime | None | Unset = UNSET,
        date_sent: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        date_stop: datetime.datetime | None | Unset = UNSET,
        delay_sent: int | None | Unset = UNSET,
        direction: MessageDirection | None | Unset = UNSET,
        dr_sid: str | None | Unset = UNSET,
        mcc: int | None | Unset = UNSET,
        mcc_mnc_price: str | None | Unset = UNSET,
        mcc_mnc_rate: str | None | Unset = UNSET,
        media_urls: list[str] | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        message_segments: int | None | Unset = UNSET,
        mnc: int | None | Unset = UNSET,
        number_billing: str | None | Unset = UNSET,
        number_dst: str | None | Unset = UNSET,
        number_external: str | None | Unset = UNSET,
        number_group_dst: list[str] | None | Unset = UNSET,
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
        self.a2p_campaign = rt.given(self, "a2p_campaign", a2p_campaign)
        self.date_changed = rt.given(self, "date_changed", date_changed)
        self.date_insert = rt.given(self, "date_insert", date_insert)
        self.date_sent = rt.given(self, "date_sent", date_sent)
        self.date_start = rt.given(self, "date_start", date_start)
        self.date_stop = rt.given(self, "date_stop", date_stop)
        self.delay_sent = rt.given(self, "delay_sent", delay_sent)
        self.direction = rt.given(self, "direction", direction)
        self.dr_sid = rt.given(self, "dr_sid", dr_sid)
        self.mcc = rt.given(self, "mcc", mcc)
        self.mcc_mnc_price = rt.given(self, "mcc_mnc_price", mcc_mnc_price)
        self.mcc_mnc_rate = rt.given(self, "mcc_mnc_rate", mcc_mnc_rate)
        self.media_urls = rt.given(self, "media_urls", media_urls)
        self.message = rt.given(self, "message", message)
        self.message_segments = rt.given(self, "message_segments", message_segments)
        self.mnc = rt.given(self, "mnc", mnc)
        self.number_billing = rt.given(self, "number_billing", number_billing)
        self.number_dst = rt.given(self, "number_dst", number_dst)
        self.number_external = rt.given(self, "number_external", number_external)
        self.number_group_dst = rt.given(self, "number_group_dst", number_group_dst)
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


MessageDetailRecordFieldName = Literal[
    "a2p_campaign",
    "date_changed",
    "date_insert",
    "date_sent",
    "date_start",
    "date_stop",
    "delay_sent",
    "direction",
    "dr_sid",
    "mcc",
    "mcc_mnc_price",
    "mcc_mnc_rate",
    "media_urls",
    "message",
    "message_segments",
    "mnc",
    "number_billing",
    "number_dst",
    "number_external",
    "number_group_dst",
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
"""The names of `MessageDetailRecord`'s fields, for typed filters, orders and field lists."""
