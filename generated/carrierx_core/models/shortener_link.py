"""ShortenerLink: A short link on a shortener domain."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .shortener_mode import ShortenerMode

_FIELDS: tuple[rt.Field, ...] = (
    ("date_accessed", "date_accessed", rt.DATETIME),
    ("date_created", "date_created", rt.DATETIME),
    ("destination_url", "destination_url", str),
    ("domain_sid", "domain_sid", str),
    ("hits", "hits", int),
    ("link_sid", "link_sid", str),
    ("maximum_ttl", "maximum_ttl", int),
    ("mode", "mode", rt.enum_reader(ShortenerMode)),
    ("partner_sid", "partner_sid", str),
    ("short_name", "short_name", str),
    ("url", "url", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class ShortenerLink:
    """A short link on a shortener domain.

    Attributes:
        date_accessed: When the link was last used.
        date_created: When the link was created.
        destination_url: URL the short link leads to.
        domain_sid: SID of the domain the link belongs to.
        hits: How many times the link was used.
        link_sid: Link SID.
        maximum_ttl: Lifetime of the link; -1 (default) means it never expires.
        mode: How the link is served (default redirect_temporary).
        partner_sid: SID of the owning partner.
        short_name: Name after the domain; generated when empty, unique per domain.
        url: The full short URL.
    """

    date_accessed: datetime.datetime | None
    date_created: datetime.datetime | None
    destination_url: str | None
    domain_sid: str | None
    hits: int | None
    link_sid: str | None
    maximum_ttl: int | None
    mode: ShortenerMode | None
    partner_sid: str | None
    short_name: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        date_accessed: datetime.datetime | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        destination_url: str | None | Unset = UNSET,
        domain_sid: str | None | Unset = UNSET,
        hits: int | None | Unset = UNSET,
        link_sid: str | None | Unset = UNSET,
        maximum_ttl: int | None | Unset = UNSET,
        mode: ShortenerMode | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        short_name: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.date_accessed = rt.given(self, "date_accessed", date_accessed)
        self.date_created = rt.given(self, "date_created", date_created)
        self.destination_url = rt.given(self, "destination_url", destination_url)
        self.domain_sid = rt.given(self, "domain_sid", domain_sid)
        self.hits = rt.given(self, "hits", hits)
        self.link_sid = rt.given(self, "link_sid", link_sid)
        self.maximum_ttl = rt.given(self, "maximum_ttl", maximum_ttl)
        self.mode = rt.given(self, "mode", mode)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.short_name = rt.given(self, "short_name", short_name)
        self.url = rt.given(self, "url", url)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


ShortenerLinkFieldName = Literal[
    "date_accessed",
    "date_created",
    "destination_url",
    "domain_sid",
    "hits",
    "link_sid",
    "maximum_ttl",
    "mode",
    "partner_sid",
    "short_name",
    "url",
]
"""The names of `ShortenerLink`'s fields, for typed filters, orders and field lists."""
