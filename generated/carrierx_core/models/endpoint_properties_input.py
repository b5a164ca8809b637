"""EndpointPropertiesInput: Type-specific endpoint settings as sent in a request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("api_url", "api_url", str),
    ("container_sid", "container_sid", str),
    ("login", "login", str),
    ("password", "password", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class EndpointPropertiesInput:
    """Type-specific endpoint settings as sent in a request.

    Attributes:
        account_sid: Secure ID of the application account behind this endpoint.
        api_url: Root URL of the endpoint's API (for example https://api.carrierx.com/conference/v1).
        container_sid: Storage container secure ID.
        login: Login (Basic auth user name) for the endpoint's API.
        password: Password (Basic auth) for the endpoint's API.
    """

    account_sid: str | None
    api_url: str | None
    container_sid: str | None
    login: str | None
    password: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        api_url: str | None | Unset = UNSET,
        container_sid: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.api_url = rt.given(self, "api_url", api_url)
        self.container_sid = rt.given(self, "container_sid", container_sid)
        self.login = rt.given(self, "login", login)
        self.password = rt.given(self, "password", password)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


EndpointPropertiesInputFieldName = Literal[
    "account_sid",
    "api_url",
    "container_sid",
    "login",
    "password",
]
"""The names of `EndpointPropertiesInput`'s fields, for typed filters, orders and field lists."""


class EndpointPropertiesInputParams(TypedDict, total=False):
    account_sid: str | None
    api_url: str | None
    container_sid: str | None
    login: str | None
    password: str | None
