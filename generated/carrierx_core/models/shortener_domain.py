"""ShortenerDomain: A domain used to build short links."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

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
    ("domain_sid", "domain_sid", str),
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
    ("partner_sid", "partner_sid", str),
    ("scope", "scope", rt.enum_reader(ShortenerDomainScope)),
    ("secure", "secure", rt.enum_reader(ShortenerDomainSecure)),
    ("suffix_pattern", "suffix_pattern", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class ShortenerDomain:
    """A domain used to build short links.

    Attributes:
        domain_name: The unique domain name.
        domain_sid: Domain SID.
        expired_mode: Behaviour for expired links (default redirect_temporary).
        expired_page: Content served when a link has expired.
        expired_status_code: Status returned for expired links in proxy_pass mode.
        minimum_length: Shortest link name the system creates (default 6).
        not_found_mode: Behaviour for unknown links (default redirect_temporary).
        not_found_page: Content served when a link is not found.
        not_found_status_code: Status returned for unknown links in proxy_pass mode.
        partner_sid: SID of the owning partner.
        scope: scope
        secure: secure
        suffix_pattern: Regular expression of suffixes allowed after a link name.
    """

    domain_name: str | None
    domain_sid: str | None
    expired_mode: ShortenerMode | None
    expired_page: str | None
    expired_status_code: ShortenerStatusCodeClass | int | None
    minimum_length: int | None
    not_found_mode: ShortenerMode | None
    not_found_page: str | None
    not_found_status_code: ShortenerStatusCodeClass | int | None
    partner_sid: str | None
    scope: ShortenerDomainScope | None
    secure: ShortenerDomainSecure | None
    suffix_pattern: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        domain_name: str | None | Unset = UNSET,
        domain_sid: str | None | Unset = UNSET,
        expired_mode: ShortenerMode | None | Unset = UNSET,
        expired_page: str | None | Unset = UNSET,
        expired_status_code: ShortenerStatusCodeClass | int | None | Unset = UNSET,
        minimum_length: int | None | Unset = UNSET,
        not_found_mode: ShortenerMode | None | Unset = UNSET,
        not_found_page: str | None | Unset = UNSET,
        not_found_status_code: ShortenerStatusCodeClass | int | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        scope: ShortenerDomainScope | None | Unset = UNSET,
        secure: ShortenerDomainSecure | None | Unset = UNSET,
        suffix_pattern: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.domain_name = rt.given(self, "domain_name", domain_name)
        self.domain_sid = rt.given(self, "domain_sid", domain_sid)
        self.expired_mode = rt.given(self, "expired_mode", expired_mode)
        self.expired_page = rt.given(self, "expired_page", expired_page)
        self.expired_status_code = rt.given(self, "expired_status_code", expired_status_code)
        self.minimum_length = rt.given(self, "minimum_length", minimum_length)
        self.not_found_mode = rt.given(self, "not_found_mode", not_found_mode)
        self.not_found_page = rt.given(self, "not_found_page", not_found_page)
        self.not_found_status_code = rt.given(self, "not_found_status_code", not_found_status_code)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
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


ShortenerDomainFieldName = Literal[
    "domain_name",
    "domain_sid",
    "expired_mode",
    "expired_page",
    "expired_status_code",
    "minimum_length",
    "not_found_mode",
    "not_found_page",
    "not_found_status_code",
    "partner_sid",
    "scope",
    "secure",
    "suffix_pattern",
]
"""The names of `ShortenerDomain`'s fields, for typed filters, orders and field lists."""
