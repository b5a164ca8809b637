"""Did: A phone number routed to the FlexML endpoint, with its FlexML and status-callback settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("country_code", "country_code", str),
    ("did_sid", "did_sid", str),
    ("in_country_format", "in_country_format", str),
    ("international_format", "international_format", str),
    ("method", "method", rt.enum_reader(HttpMethod)),
    ("phonenumber", "phonenumber", str),
    ("status_callback_method", "status_callback_method", rt.enum_reader(StatusCallbackMethod)),
    ("status_callback_url", "status_callback_url", str),
    ("url", "url", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Did:
    """A phone number routed to the FlexML endpoint, with its FlexML and status-callback settings.

    Attributes:
        account_sid: Account SID.
        country_code: ISO 3166-1 alpha-3 country code.
        did_sid: DID SID.
        in_country_format: The number in national format.
        international_format: The number in international format.
        method: Method used to fetch `url` for inbound calls.
        phonenumber: The number, E.164 without `+`.
        status_callback_method: Method used to request `status_callback_url`.
        status_callback_url: URL requested when a call involving this DID ends.
        url: URL of the FlexML instructions for inbound calls; overrides the account's.
    """

    account_sid: str | None
    country_code: str | None
    did_sid: str | None
    in_country_format: str | None
    international_format: str | None
    method: HttpMethod | None
    phonenumber: str | None
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
        country_code: str | None | Unset = UNSET,
        did_sid: str | None | Unset = UNSET,
        in_country_format: str | None | Unset = UNSET,
        international_format: str | None | Unset = UNSET,
        method: HttpMethod | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
        status_callback_method: StatusCallbackMethod | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.country_code = rt.given(self, "country_code", country_code)
        self.did_sid = rt.given(self, "did_sid", did_sid)
        self.in_country_format = rt.given(self, "in_country_format", in_country_format)
        self.international_format = rt.given(self, "international_format", international_format)
        self.method = rt.given(self, "method", method)
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)
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


DidFieldName = Literal[
    "account_sid",
    "country_code",
    "did_sid",
    "in_country_format",
    "international_format",
    "method",
    "phonenumber",
    "status_callback_method",
    "status_callback_url",
    "url",
]
"""The names of `Did`'s fields, for typed filters, orders and field lists."""
