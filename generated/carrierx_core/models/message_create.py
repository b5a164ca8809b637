"""MessageCreate: A message to send: an SMS, or an MMS when media or group recipients are given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .message_type import MessageType

_KEYS = (
    ("from_", "from"),
    ("to", "to"),
    ("message", "message"),
    ("media_urls", "media_urls"),
    ("group_recipients", "group_recipients"),
    ("type_", "type"),
    ("user_data", "user_data"),
    ("callback_url", "callback_url"),
)
_REQUIRED: tuple[str, ...] = ("from",)
_READ_MEDIA_URLS = rt.list_reader(rt.STR)
_READ_GROUP_RECIPIENTS = rt.list_reader(rt.STR)
_READ_TYPE_ = rt.enum_reader(MessageType)


@_attrs_define(init=False)
class MessageCreate:
    """A message to send: an SMS, or an MMS when media or group recipients are given.
    Attributes:
        from_: Sending rented phone number (E.164).
        to: Receiving phone number (E.164).
        message: Message text (MMS: up to 1600 characters).
        media_urls: URLs of MMS media (up to 10 items, 3 MB in total).
        group_recipients: Numbers of an MMS group chat (at most 10 incl. the sender); needs type mms.
        type_: Kind of text message.
        user_data: Free user-defined data stored with the message.
        callback_url: URL to receive status callbacks for this message.
    """

    from_: str | None
    to: str | None
    message: str | None
    media_urls: list[str] | None
    group_recipients: list[str] | None
    type_: MessageType | None
    user_data: str | None
    callback_url: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        from_: str,
        to: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        media_urls: list[str] | None | Unset = UNSET,
        group_recipients: list[str] | None | Unset = UNSET,
        type_: MessageType | None | Unset = UNSET,
        user_data: str | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.from_ = rt.given(self, "from", from_)
        self.to = rt.given(self, "to", to)
        self.message = rt.given(self, "message", message)
        self.media_urls = rt.given(self, "media_urls", media_urls)
        self.group_recipients = rt.given(self, "group_recipients", group_recipients)
        self.type_ = rt.given(self, "type", type_)
        self.user_data = rt.given(self, "user_data", user_data)
        self.callback_url = rt.given(self, "callback_url", callback_url)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.from_ = rt.read_field(cls, data, "from", rt.STR, strict)
        self.to = rt.read_field(cls, data, "to", rt.STR, strict)
        self.message = rt.read_field(cls, data, "message", rt.STR, strict)
        self.media_urls = rt.read_field(cls, data, "media_urls", _READ_MEDIA_URLS, strict)
        self.group_recipients = rt.read_field(cls, data, "group_recipients", _READ_GROUP_RECIPIENTS, strict)
        self.type_ = rt.read_field(cls, data, "type", _READ_TYPE_, strict)
        self.user_data = rt.read_field(cls, data, "user_data", rt.STR, strict)
        self.callback_url = rt.read_field(cls, data, "callback_url", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


MessageCreateParams = TypedDict(
    "MessageCreateParams",
    {
        "from": "Required[str]",
        "to": "str | None",
        "message": "str | None",
        "media_urls": "list[str] | None",
        "group_recipients": "list[str] | None",
        "type": "MessageType | str | None",
        "user_data": "str | None",
        "callback_url": "str | None",
    },
    total=False,
)
