"""MessageUpdate: Message fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("from_", "from", str),
    ("from_did", "from_did", str),
    ("group_recipients", "group_recipients", rt.list_reader(rt.STR)),
    ("media_urls", "media_urls", rt.list_reader(rt.STR)),
    ("message", "message", str),
    ("to", "to", str),
    ("to_did", "to_did", str),
    ("user_data", "user_data", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MessageUpdate:
    """Message fields to change (PATCH).

    Attributes:
        from_: Sending phone number (E.164).
        from_did: Legacy name of `from`.
        group_recipients: Numbers of an MMS group chat (at most 10 incl. the sender).
        media_urls: URLs of MMS media.
        message: Message text.
        to: Receiving phone number (E.164).
        to_did: Legacy name of `to`.
        user_data: Free user-defined data stored with the message.
    """

    from_: str | None
    from_did: str | None
    group_recipients: list[str] | None
    media_urls: list[str] | None
    message: str | None
    to: str | None
    to_did: str | None
    user_data: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        from_: str | None | Unset = UNSET,
        from_did: str | None | Unset = UNSET,
        group_recipients: list[str] | None | Unset = UNSET,
        media_urls: list[str] | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        to_did: str | None | Unset = UNSET,
        user_data: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.from_ = rt.given(self, "from", from_)
        self.from_did = rt.given(self, "from_did", from_did)
        self.group_recipients = rt.given(self, "group_recipients", group_recipients)
        self.media_urls = rt.given(self, "media_urls", media_urls)
        self.message = rt.given(self, "message", message)
        self.to = rt.given(self, "to", to)
        self.to_did = rt.given(self, "to_did", to_did)
        self.user_data = rt.given(self, "user_data", user_data)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MessageUpdateFieldName = Literal[
    "from",
    "from_did",
    "group_recipients",
    "media_urls",
    "message",
    "to",
    "to_did",
    "user_data",
]
"""The names of `MessageUpdate`'s fields, for typed filters, orders and field lists."""


MessageUpdateParams = TypedDict(
    "MessageUpdateParams",
    {
        "from": "str | None",
        "from_did": "str | None",
        "group_recipients": "list[str] | None",
        "media_urls": "list[str] | None",
        "message": "str | None",
        "to": "str | None",
        "to_did": "str | None",
        "user_data": "str | None",
    },
    total=False,
)
