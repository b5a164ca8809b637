"""OAuthTokenRequest: Form fields to obtain a token."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("access_token_expires_in", "access_token_expires_in", int),
    ("client_id", "client_id", str),
    ("client_secret", "client_secret", str),
    ("grant_type", "grant_type", str),
    ("password", "password", str),
    ("username", "username", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class OAuthTokenRequest:
    """Form fields to obtain a token.

    Attributes:
        access_token_expires_in: Access token lifetime in seconds.
        client_id: client_id
        client_secret: client_secret
        grant_type: OAuth grant type.
        password: Partner password (password grant).
        username: Partner login (password grant).
    """

    access_token_expires_in: int | None
    client_id: str | None
    client_secret: str | None
    grant_type: str | None
    password: str | None
    username: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_token_expires_in: int | None | Unset = UNSET,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        grant_type: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_token_expires_in = rt.given(self, "access_token_expires_in", access_token_expires_in)
        self.client_id = rt.given(self, "client_id", client_id)
        self.client_secret = rt.given(self, "client_secret", client_secret)
        self.grant_type = rt.given(self, "grant_type", grant_type)
        self.password = rt.given(self, "password", password)
        self.username = rt.given(self, "username", username)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


OAuthTokenRequestFieldName = Literal[
    "access_token_expires_in",
    "client_id",
    "client_secret",
    "grant_type",
    "password",
    "username",
]
"""The names of `OAuthTokenRequest`'s fields, for typed filters, orders and field lists."""


class OAuthTokenRequestParams(TypedDict, total=False):
    access_token_expires_in: int | None
    client_id: str | None
    client_secret: str | None
    grant_type: str | None
    password: str | None
    username: str | None
