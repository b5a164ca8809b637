"""PartnerLoginUpdate: Sub-login fields to change (PATCH); only the password can change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("login", "login", str),
    ("password", "password", str),
    ("token_scopes", "token_scopes", rt.list_reader(rt.STR)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PartnerLoginUpdate:
    """Sub-login fields to change (PATCH); only the password can change.

    Attributes:
        login: Sub-login, `<partner login>_<sub-login>`.
        password: password
        token_scopes: Scopes given to tokens created with this login.
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
        login: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        token_scopes: list[str] | None | Unset = UNSET,
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


PartnerLoginUpdateFieldName = Literal[
    "login",
    "password",
    "token_scopes",
]
"""The names of `PartnerLoginUpdate`'s fields, for typed filters, orders and field lists."""


class PartnerLoginUpdateParams(TypedDict, total=False):
    login: str | None
    password: str | None
    token_scopes: list[str] | None
