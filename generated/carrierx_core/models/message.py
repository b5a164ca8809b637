"""Message: A sent or received SMS or MMS."""

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
    ("date_changed", "date_changed", rt.DATETIME),
    ("date_created", "date_created", rt.DATETIME),
    ("date_status_changed", "date_status_changed", rt.DATETIME),
    ("direction", "direction", rt.enum_reader(MessageDirection)),
    ("from_", "from", str),
    ("from_did", "from_did", str),
    ("group_recipients", "group_recipients", rt.list_reader(rt.STR)),
    ("mcc", "mcc", int),
    ("media_urls", "media_urls", rt.list_reader(rt.STR)),
    ("message", "message", str),
    ("message_segments", "message_segments", int),
    ("message_sid", "message_sid", str),
    ("mnc", "mnc", int),
    ("partner_sid", "partner_sid", str),
    ("price", "price", str),
    ("status", "status", rt.enum_reader(MessageStatus)),
    ("to", "to", str),
    ("to_did", "to_did", str),
    ("type_", "type", rt.enum_reader(MessageType)),
    ("user_data", "user_data", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Message:
    """A sent or received SMS or MMS.

    Attributes:
        date_changed: When the message was last changed.
        date_created: When the message was created.
        date_status_changed: When the status last changed.
        direction: direction
        from_: Sending phone number (E.164).
        from_did: Legacy name of `from`.
        group_recipients: Numbers of an MMS group chat (at most 10 incl. the sender).
        mcc: Mobile country code.
        media_urls: URLs of MMS media.
        message: Message text.
        message_segments: Number of 160-character segments (MMS: always 1).
        message_sid: Message SID.
        mnc: Mobile network code.
        partner_sid: SID of the owning partner.
        price: Price in US dollars, sent as a string.
        status: status
        to: Receiving phone number (E.164).
        to_did: Legacy name of `to`.
        type_: type
        user_data: Free user-defined data stored with the message.
    """

    date_changed: datetime.datetime | None
    date_created: datetime.datetime | None
    date_status_changed: datetime.datetime | None
    direction: MessageDirection | None
    from_: str | None
    from_did: str | None
    group_recipients: list[str] | None
    mcc: int | None
    media_urls: list[str] | None
    message: str | None
    message_segments: int | None
    message_sid: str | None
    mnc: int | None
    partner_sid: str | None
    price: str | None
    status: MessageStatus | None
    to: str | None
    to_did: str | None
    type_: MessageType | None
    user_data: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        date_changed: datetime.datetime | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        date_status_changed: datetime.datetime | None | Unset = UNSET,
        direction: MessageDirection | None | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        from_did: str | None | Unset = UNSET,
        group_recipients: list[str] | None | Unset = UNSET,
        mcc: int | None | Unset = UNSET,
        media_urls: list[str] | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        message_segments: int | None | Unset = UNSET,
        message_sid: str | None | Unset = UNSET,
        mnc: int | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        status: MessageStatus | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        to_did: str | None | Unset = UNSET,
        type_: MessageType | None | Unset = UNSET,
        user_data: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.date_changed = rt.given(self, "date_changed", date_changed)
        self.date_created = rt.given(self, "date_created", date_created)
        self.date_status_changed = rt.given(self, "date_status_changed", date_status_changed)
        self.direction = rt.given(self, "direction", direction)
        self.from_ = rt.given(self, "from", from_)
        self.from_did = rt.given(self, "from_did", from_did)
        self.group_recipients = rt.given(self, "group_recipients", group_recipients)
        self.mcc = rt.given(self, "mcc", mcc)
        self.media_urls = rt.given(self, "media_urls", media_urls)
        self.message = rt.given(self, "message", message)
        self.message_segments = rt.given(self, "message_segments", message_segments)
        self.message_sid = rt.given(self, "message_sid", message_sid)
        self.mnc = rt.given(self, "mnc", mnc)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.price = rt.given(self, "price", price)
        self.status = rt.given(self, "status", status)
        self.to = rt.given(self, "to", to)
        self.to_did = rt.given(self, "to_did", to_did)
        self.type_ = rt.given(self, "type", type_)
        self.user_data = rt.given(self, "user_data", user_data)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MessageFieldName = Literal[
    "date_changed",
    "date_created",
    "date_status_changed",
    "direction",
    "from",
    "from_did",
    "group_recipients",
    "mcc",
    "media_urls",
    "message",
    "message_segments",
    "message_sid",
    "mnc",
    "partner_sid",
    "price",
    "status",
    "to",
    "to_did",
    "type",
    "user_data",
]
"""The names of `Message`'s fields, for typed filters, orders and field lists."""
