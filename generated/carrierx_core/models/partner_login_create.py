"""PartnerLoginCreate: Fields for a new sub-login."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

_FIELDS: tuple[rt.Field, ...] = (
    ("login", "login", str),
    ("password", "password", str),
    ("token_scopes", "token_scopes", rt.list_reader(rt.STR)),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "login",
        "password",
        "token_scopes",
    ),
    True,
)


@_attrs_define(init=False)
class PartnerLoginCreate:
    """Fields for a new sub-login.

    Attributes:
        login: `<partner login>_<sub-login>`.
        password: password
        token_scopes: token_scopes
    """

    login: str | None
    password: str | None
    token_scopes: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        login: str,
        password: str,
        token_scopes: list[str],
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.login = rt.given(self, "login", login)
        self.password = rt.given(self, "password", password)
        self.token_scopes = rt.given(self, "token_scopes", token_scopes)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PartnerLoginCreateFieldName = Literal[
    "login",
    "password",
    "token_scopes",
]
"""The names of `PartnerLoginCreate`'s fields, for typed filters, orders and field lists."""


class PartnerLoginCreateParams(TypedDict, total=False):
    login: Required[str]
    password: Required[str]
    token_scopes: Required[list[str]]
