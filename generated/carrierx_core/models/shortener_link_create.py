"""ShortenerLinkCreate: Fields accepted when creating a link."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .shortener_mode import ShortenerMode

_FIELDS: tuple[rt.Field, ...] = (
    ("destination_url", "destination_url", str),
    ("domain_sid", "domain_sid", str),
    ("maximum_ttl", "maximum_ttl", int),
    ("mode", "mode", rt.enum_reader(ShortenerMode)),
    ("short_name", "short_name", str),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "destination_url",
        "domain_sid",
    ),
    True,
)


@_attrs_define(init=False)
class ShortenerLinkCreate:
    """Fields accepted when creating a link.

    Attributes:
        destination_url: URL the short link leads to.
        domain_sid: SID of the domain the link belongs to.
        maximum_ttl: Lifetime of the link; -1 (default) means it never expires.
        mode: How a short link (or a domain's expired/not-found case) is served: proxied or
            redirected.
        short_name: Name after the domain; generated when empty, unique per domain.
    """

    destination_url: str | None
    domain_sid: str | None
    maximum_ttl: int | None
    mode: ShortenerMode | None
    short_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        destination_url: str,
        domain_sid: str,
        maximum_ttl: int | None | Unset = UNSET,
        mode: ShortenerMode | None | Unset = UNSET,
        short_name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.destination_url = rt.given(self, "destination_url", destination_url)
        self.domain_sid = rt.given(self, "domain_sid", domain_sid)
        self.maximum_ttl = rt.given(self, "maximum_ttl", maximum_ttl)
        self.mode = rt.given(self, "mode", mode)
        self.short_name = rt.given(self, "short_name", short_name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


ShortenerLinkCreateFieldName = Literal[
    "destination_url",
    "domain_sid",
    "maximum_ttl",
    "mode",
    "short_name",
]
"""The names of `ShortenerLinkCreate`'s fields, for typed filters, orders and field lists."""


class ShortenerLinkCreateParams(TypedDict, total=False):
    destination_url: Required[str]
    domain_sid: Required[str]
    maximum_ttl: int | None
    mode: ShortenerMode | str | None
    short_name: str | None
