"""Account: The account that holds the settings of this FlexML endpoint."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .error_handler import ErrorHandler
from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("date_created", "date_created", rt.DATETIME),
    ("error_handler", "error_handler", rt.enum_reader(ErrorHandler)),
    ("login", "login", str),
    ("method", "method", rt.enum_reader(HttpMethod)),
    ("name", "name", str),
    ("status_callback_method", "status_callback_method", rt.enum_reader(StatusCallbackMethod)),
    ("status_callback_url", "status_callback_url", str),
    ("url", "url", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Account:
    """The account that holds the settings of this FlexML endpoint.

    Attributes:
        account_sid: Account SID.
        date_created: When the account was created.
        error_handler: How application errors are handled (default `basic`).
        login: Login of the FlexML endpoint (each endpoint has its own).
        method: Method used to fetch `url` when the DID sets none (default `POST`).
        name: Friendly name of the account.
        status_callback_method: Method used to request `status_callback_url` (default `POST`).
        status_callback_url: URL requested when a call ends.
        url: URL of the FlexML instructions used when the DID sets none.
    """

    account_sid: str | None
    date_created: datetime.datetime | None
    error_handler: ErrorHandler | None
    login: str | None
    method: HttpMethod | None
    name: str | None
    status_callback_method: StatusCallbackMethod | None
    status_callback_url: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        error_handler: ErrorHandler | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        method: HttpMethod | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status_callback_method: StatusCallbackMethod | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.date_created = rt.given(self, "date_created", date_created)
        self.error_handler = rt.given(self, "error_handler", error_handler)
        self.login = rt.given(self, "login", login)
        self.method = rt.given(self, "method", method)
        self.name = rt.given(self, "name", name)
        self.status_callback_method = rt.given(self, "status_callback_method", status_callback_method)
        self.status_callback_url = rt.given(self, "status_callback_url", status_callback_url)
        self.url = rt.given(self, "url", url)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AccountFieldName = Literal[
    "account_sid",
    "date_created",
    "error_handler",
    "login",
    "method",
    "name",
    "status_callback_method",
    "status_callback_url",
    "url",
]
"""The names of `Account`'s fields, for typed filters, orders and field lists."""
