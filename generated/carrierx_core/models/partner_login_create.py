"""PartnerLoginCreate: Fields for a new sub-login."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

_KEYS = (
    ("login", "login"),
    ("password", "password"),
    ("token_scopes", "token_scopes"),
)
_REQUIRED: tuple[str, ...] = (
    "login",
    "password",
    "token_scopes",
)
_READ_TOKEN_SCOPES = rt.list_reader(rt.STR)


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
        data = dict(src)
        self = cls.__new__(cls)
        self.login = rt.read_field(cls, data, "login", rt.STR, strict)
        self.password = rt.read_field(cls, data, "password", rt.STR, strict)
        self.token_scopes = rt.read_field(cls, data, "token_scopes", _READ_TOKEN_SCOPES, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


class PartnerLoginCreateParams(TypedDict, total=False):
    login: Required[str]
    password: Required[str]
    token_scopes: Required[list[str]]
