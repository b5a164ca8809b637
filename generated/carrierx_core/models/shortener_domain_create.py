"""ShortenerDomainCreate: Fields accepted when creating a domain."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .shortener_domain_scope import ShortenerDomainScope
from .shortener_domain_secure import ShortenerDomainSecure
from .shortener_mode import ShortenerMode
from .shortener_status_code_class import ShortenerStatusCodeClass

_FIELDS: tuple[rt.Field, ...] = (
    ("domain_name", "domain_name", str),
    ("expired_mode", "expired_mode", rt.enum_reader(ShortenerMode)),
    ("expired_page", "expired_page", str),
    ("expired_status_code", "expired_status_code", rt.union_reader(rt.enum_reader(ShortenerStatusCodeClass), rt.INT)),
    ("minimum_length", "minimum_length", int),
    ("not_found_mode", "not_found_mode", rt.enum_reader(ShortenerMode)),
    ("not_found_page", "not_found_page", str),
    (
        "not_found_status_code",
        "not_found_status_code",
        rt.union_reader(rt.enum_reader(ShortenerStatusCodeClass), rt.INT),
    ),
    ("scope", "scope", rt.enum_reader(ShortenerDomainScope)),
    ("secure", "secure", rt.enum_reader(ShortenerDomainSecure)),
    ("suffix_pattern", "suffix_pattern", str),
)
_LOAD = rt.model_loader(_FIELDS, ("domain_name",), True)


@_attrs_define(init=False)
class ShortenerDomainCreate:
    """Fields accepted when creating a domain.

    Attributes:
        domain_name: The unique domain name.
        expired_mode: How a short link (or a domain's expired/not-found case) is served: proxied or
            redirected.
        expired_page: Content served when a link has expired.
        expired_status_code: Status returned for expired links in proxy_pass mode.
        minimum_length: Shortest link name the system creates (default 6).
        not_found_mode: How a short link (or a domain's expired/not-found case) is served: proxied or
            redirected.
        not_found_page: Content served when a link is not found.
        not_found_status_code: Status returned for unknown links in proxy_pass mode.
        scope: Who may create links with a domain.
        secure: Whether returned links are prefixed with https.
        suffix_pattern: Regular expression of suffixes allowed after a link name.
    """

    domain_name: str | None
    expired_mode: ShortenerMode | None
    expired_page: str | None
    expired_status_code: ShortenerStatusCodeClass | int | None
    minimum_length: int | None
    not_found_mode: ShortenerMode | None
    not_found_page: str | None
    not_found_status_code: ShortenerStatusCodeClass | int | None
    scope: ShortenerDomainScope | None
    secure: ShortenerDomainSecure | None
    suffix_pattern: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        domain_name: str,
        expired_mode: ShortenerMode | None | Unset = UNSET,
        expired_page: str | None | Unset = UNSET,
        expired_status_code: ShortenerStatusCodeClass | int | None | Unset = UNSET,
        minimum_length: int | None | Unset = UNSET,
        not_found_mode: ShortenerMode | None | Unset = UNSET,
        not_found_page: str | None | Unset = UNSET,
        not_found_status_code: ShortenerStatusCodeClass | int | None | Unset = UNSET,
        scope: ShortenerDomainScope | None | Unset = UNSET,
        secure: ShortenerDomainSecure | None | Unset = UNSET,
        suffix_pattern: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.domain_name = rt.given(self, "domain_name", domain_name)
        self.expired_mode = rt.given(self, "expired_mode", expired_mode)
        self.expired_page = rt.given(self, "expired_page", expired_page)
        self.expired_status_code = rt.given(self, "expired_status_code", expired_status_code)
        self.minimum_length = rt.given(self, "minimum_length", minimum_length)
        self.not_found_mode = rt.given(self, "not_found_mode", not_found_mode)
        self.not_found_page = rt.given(self, "not_found_page", not_found_page)
        self.not_found_status_code = rt.given(self, "not_found_status_code", not_found_status_code)
        self.scope = rt.given(self, "scope", scope)
        self.secure = rt.given(self, "secure", secure)
        self.suffix_pattern = rt.given(self, "suffix_pattern", suffix_pattern)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


ShortenerDomainCreateFieldName = Literal[
    "domain_name",
    "expired_mode",
    "expired_page",
    "expired_status_code",
    "minimum_length",
    "not_found_mode",
    "not_found_page",
    "not_found_status_code",
    "scope",
    "secure",
    "suffix_pattern",
]
"""The names of `ShortenerDomainCreate`'s fields, for typed filters, orders and field lists."""


class ShortenerDomainCreateParams(TypedDict, total=False):
    domain_name: Required[str]
    expired_mode: ShortenerMode | str | None
    expired_page: str | None
    expired_status_code: ShortenerStatusCodeClass | str | int | None
    minimum_length: int | None
    not_found_mode: ShortenerMode | str | None
    not_found_page: str | None
    not_found_status_code: ShortenerStatusCodeClass | str | int | None
    scope: ShortenerDomainScope | str | None
    secure: ShortenerDomainSecure | str | None
    suffix_pattern: str | None
