"""OAuthRevokeRequest: Form fields to revoke a token."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("client_id", "client_id", str),
    ("client_secret", "client_secret", str),
    ("token", "token", str),
    ("token_type", "token_type", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class OAuthRevokeRequest:
    """Form fields to revoke a token.

    Attributes:
        client_id: client_id
        client_secret: client_secret
        token: Token to revoke; when left out, the token that authorises this call is revoked.
        token_type: token_type
    """

    client_id: str | None
    client_secret: str | None
    token: str | None
    token_type: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        client_secret: str | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        token_type: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.client_id = rt.given(self, "client_id", client_id)
        self.client_secret = rt.given(self, "client_secret", client_secret)
        self.token = rt.given(self, "token", token)
        self.token_type = rt.given(self, "token_type", token_type)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


OAuthRevokeRequestFieldName = Literal[
    "client_id",
    "client_secret",
    "token",
    "token_type",
]
"""The names of `OAuthRevokeRequest`'s fields, for typed filters, orders and field lists."""


class OAuthRevokeRequestParams(TypedDict, total=False):
    client_id: str | None
    client_secret: str | None
    token: str | None
    token_type: str | None
