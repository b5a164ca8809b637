"""OAuthTokenUpdate: OAuth token fields to change (PATCH)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("date_expiration_access_token", "date_expiration_access_token", rt.DATETIME),
    ("date_expiration_refresh_token", "date_expiration_refresh_token", rt.DATETIME),
    ("name", "name", str),
    ("scopes", "scopes", rt.list_reader(rt.STR)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class OAuthTokenUpdate:
    """OAuth token fields to change (PATCH).

    Attributes:
        date_expiration_access_token: date_expiration_access_token
        date_expiration_refresh_token: date_expiration_refresh_token
        name: name
        scopes: scopes
    """

    date_expiration_access_token: datetime.datetime | None
    date_expiration_refresh_token: datetime.datetime | None
    name: str | None
    scopes: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        date_expiration_access_token: datetime.datetime | None | Unset = UNSET,
        date_expiration_refresh_token: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        scopes: list[str] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.date_expiration_access_token = rt.given(self, "date_expiration_access_token", date_expiration_access_token)
        self.date_expiration_refresh_token = rt.given(
            self, "date_expiration_refresh_token", date_expiration_refresh_token
        )
        self.name = rt.given(self, "name", name)
        self.scopes = rt.given(self, "scopes", scopes)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


OAuthTokenUpdateFieldName = Literal[
    "date_expiration_access_token",
    "date_expiration_refresh_token",
    "name",
    "scopes",
]
"""The names of `OAuthTokenUpdate`'s fields, for typed filters, orders and field lists."""


class OAuthTokenUpdateParams(TypedDict, total=False):
    date_expiration_access_token: datetime.datetime | str | None
    date_expiration_refresh_token: datetime.datetime | str | None
    name: str | None
    scopes: list[str] | None
