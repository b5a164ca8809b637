"""MessageCreate: A message to send: an SMS, or an MMS when media or group recipients are given."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .message_type import MessageType

_FIELDS: tuple[rt.Field, ...] = (
    ("from_", "from", str),
    ("to", "to", str),
    ("message", "message", str),
    ("media_urls", "media_urls", rt.list_reader(rt.STR)),
    ("group_recipients", "group_recipients", rt.list_reader(rt.STR)),
    ("type_", "type", rt.enum_reader(MessageType)),
    ("user_data", "user_data", str),
    ("callback_url", "callback_url", str),
    ("from_did", "from_did", str),
    ("to_did", "to_did", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


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
        from_did: Legacy name of `from`.
        to_did: Legacy name of `to`.
    """

    from_: str | None
    to: str | None
    message: str | None
    media_urls: list[str] | None
    group_recipients: list[str] | None
    type_: MessageType | None
    user_data: str | None
    callback_url: str | None
    from_did: str | None
    to_did: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        media_urls: list[str] | None | Unset = UNSET,
        group_recipients: list[str] | None | Unset = UNSET,
        type_: MessageType | None | Unset = UNSET,
        user_data: str | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        from_did: str | None | Unset = UNSET,
        to_did: str | None | Unset = UNSET,
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
        self.from_did = rt.given(self, "from_did", from_did)
        self.to_did = rt.given(self, "to_did", to_did)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MessageCreateFieldName = Literal[
    "from",
    "to",
    "message",
    "media_urls",
    "group_recipients",
    "type",
    "user_data",
    "callback_url",
    "from_did",
    "to_did",
]
"""The names of `MessageCreate`'s fields, for typed filters, orders and field lists."""


MessageCreateParams = TypedDict(
    "MessageCreateParams",
    {
        "from": "str | None",
        "to": "str | None",
        "message": "str | None",
        "media_urls": "list[str] | None",
        "group_recipients": "list[str] | None",
        "type": "MessageType | str | None",
        "user_data": "str | None",
        "callback_url": "str | None",
        "from_did": "str | None",
        "to_did": "str | None",
    },
    total=False,
)
