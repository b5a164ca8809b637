"""Call: An outbound call placed by the FlexML endpoint; listed while it is still scheduled."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

if TYPE_CHECKING:
    from .call_attributes import CallAttributes

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("attributes", "attributes", rt.model_reader("carrierx_flexml.models.call_attributes", "CallAttributes")),
    ("call_sid", "call_sid", str),
    ("called_did", "called_did", str),
    ("calling_did", "calling_did", str),
    ("date_created", "date_created", rt.DATETIME),
    ("delay", "delay", int),
    ("method", "method", rt.enum_reader(HttpMethod)),
    ("status_callback_method", "status_callback_method", rt.enum_reader(StatusCallbackMethod)),
    ("status_callback_url", "status_callback_url", str),
    ("timeout", "timeout", int),
    ("url", "url", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Call:
    """An outbound call placed by the FlexML endpoint; listed while it is still scheduled.

    Attributes:
        account_sid: Account SID.
        attributes: Built-in and custom options of the call.
        call_sid: Call SID.
        called_did: Number dialled, E.164 without `+`.
        calling_did: Number the call comes from (a DID of the endpoint), E.164 without `+`.
        date_created: When the call was created.
        delay: Seconds to wait before dialling (default 0).
        method: Method used to fetch `url` (default `POST`).
        status_callback_method: Method used to request `status_callback_url` (default `POST`).
        status_callback_url: URL requested when the call ends; wins over the DID's.
        timeout: Seconds to wait for an answer (default 30).
        url: URL of the FlexML instructions for this call; falls back to the DID, then the account.
    """

    account_sid: str | None
    attributes: CallAttributes | None
    call_sid: str | None
    called_did: str | None
    calling_did: str | None
    date_created: datetime.datetime | None
    delay: int | None
    method: HttpMethod | None
    status_callback_method: StatusCallbackMethod | None
    status_callback_url: str | None
    timeout: int | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        attributes: CallAttributes | None | Unset = UNSET,
        call_sid: str | None | Unset = UNSET,
        called_did: str | None | Unset = UNSET,
        calling_did: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        delay: int | None | Unset = UNSET,
        method: HttpMethod | None | Unset = UNSET,
        status_callback_method: StatusCallbackMethod | None | Unset = UNSET,
        status_callback_url: str | None | Unset = UNSET,
        timeout: int | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.attributes = rt.given(self, "attributes", attributes)
        self.call_sid = rt.given(self, "call_sid", call_sid)
        self.called_did = rt.given(self, "called_did", called_did)
        self.calling_did = rt.given(self, "calling_did", calling_did)
        self.date_created = rt.given(self, "date_created", date_created)
        self.delay = rt.given(self, "delay", delay)
        self.method = rt.given(self, "method", method)
        self.status_callback_method = rt.given(self, "status_callback_method", status_callback_method)
        self.status_callback_url = rt.given(self, "status_callback_url", status_callback_url)
        self.timeout = rt.given(self, "timeout", timeout)
        self.url = rt.given(self, "url", url)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallFieldName = Literal[
    "account_sid",
    "attributes",
    "call_sid",
    "called_did",
    "calling_did",
    "date_created",
    "delay",
    "method",
    "status_callback_method",
    "status_callback_url",
    "timeout",
    "url",
]
"""The names of `Call`'s fields, for typed filters, orders and field lists."""
