"""OAuthToken: An OAuth bearer token with its expiry and scopes."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .partner import Partner

_FIELDS: tuple[rt.Field, ...] = (
    ("access_token", "access_token", str),
    ("client_id", "client_id", str),
    ("client_secret", "client_secret", str),
    ("date_created", "date_created", rt.DATETIME),
    ("date_expiration_access_token", "date_expiration_access_token", rt.DATETIME),
    ("date_expiration_refresh_token", "date_expiration_refresh_token", rt.DATETIME),
    ("date_last_accessed", "date_last_accessed", rt.DATETIME),
    ("ip_last_accessed", "ip_last_accessed", str),
    ("name", "name", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
    ("refresh_token", "refresh_token", str),
    ("scopes", "scopes", rt.list_reader(rt.STR)),
    ("token_sid", "token_sid", str),
    ("token_type", "token_type", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class OAuthToken:
    """An OAuth bearer token with its expiry and scopes.

    Attributes:
        access_token: The bearer token to send in `Authorization: Bearer`.
        client_id: client_id
        client_secret: Never returned.
        date_created: date_created
        date_expiration_access_token: date_expiration_access_token
        date_expiration_refresh_token: date_expiration_refresh_token
        date_last_accessed: date_last_accessed
        ip_last_accessed: ip_last_accessed
        name: name
        partner: The owning partner; only with `with_related=true`.
        partner_sid: partner_sid
        refresh_token: refresh_token
        scopes: Scopes of the token (a subset of the partner's available_scopes).
        token_sid: token_sid
        token_type: Token type.
    """

    access_token: str | None
    client_id: str | None
    client_secret: str | None
    date_created: datetime.datetime | None
    date_expiration_access_token: datetime.datetime | None
    date_expiration_refresh_token: datetime.datetime | None
    date_last_accessed: datetime.datetime | None
    ip_last_accessed: str | None
    name: str | None
    partner: Partner | None
    partner_sid: str | None
    refresh_token: str | None
    scopes: list[str] | None
    token_sid: str | None
    token_type: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_token: str | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        date_expiration_access_token: datetime.datetime | None | Unset = UNSET,
        date_expiration_refresh_token: datetime.datetime | None | Unset = UNSET,
        date_last_accessed: datetime.datetime | None | Unset = UNSET,
        ip_last_accessed: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        refresh_token: str | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
        token_sid: str | None | Unset = UNSET,
        token_type: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_token = rt.given(self, "access_token", access_token)
        self.client_id = rt.given(self, "client_id", client_id)
        self.client_secret = rt.given(self, "client_secret", client_secret)
        self.date_created = rt.given(self, "date_created", date_created)
        self.date_expiration_access_token = rt.given(self, "date_expiration_access_token", date_expiration_access_token)
        self.date_expiration_refresh_token = rt.given(
            self, "date_expiration_refresh_token", date_expiration_refresh_token
        )
        self.date_last_accessed = rt.given(self, "date_last_accessed", date_last_accessed)
        self.ip_last_accessed = rt.given(self, "ip_last_accessed", ip_last_accessed)
        self.name = rt.given(self, "name", name)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.refresh_token = rt.given(self, "refresh_token", refresh_token)
        self.scopes = rt.given(self, "scopes", scopes)
        self.token_sid = rt.given(self, "token_sid", token_sid)
        self.token_type = rt.given(self, "token_type", token_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


OAuthTokenFieldName = Literal[
    "access_token",
    "client_id",
    "client_secret",
    "date_created",
    "date_expiration_access_token",
    "date_expiration_refresh_token",
    "date_last_accessed",
    "ip_last_accessed",
    "name",
    "partner",
    "partner_sid",
    "refresh_token",
    "scopes",
    "token_sid",
    "token_type",
]
"""The names of `OAuthToken`'s fields, for typed filters, orders and field lists."""
