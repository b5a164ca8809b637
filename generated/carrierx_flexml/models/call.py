"""Call: An outbound call placed by the FlexML endpoint; listed while it is still scheduled."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .http_method import HttpMethod
from .status_callback_method import StatusCallbackMethod

if TYPE_CHECKING:
    from .call_attributes import CallAttributes

_KEYS = (
    ("account_sid", "account_sid"),
    ("attributes", "attributes"),
    ("call_sid", "call_sid"),
    ("called_did", "called_did"),
    ("calling_did", "calling_did"),
    ("date_created", "date_created"),
    ("delay", "delay"),
    ("method", "method"),
    ("status_callback_method", "status_callback_method"),
    ("status_callback_url", "status_callback_url"),
    ("timeout", "timeout"),
    ("url", "url"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_ATTRIBUTES = rt.model_reader("carrierx_flexml.models.call_attributes", "CallAttributes")
_READ_METHOD = rt.enum_reader(HttpMethod)
_READ_STATUS_CALLBACK_METHOD = rt.enum_reader(StatusCallbackMethod)


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
        data = dict(src)
        self = cls.__new__(cls)
        self.account_sid = rt.read_field(cls, data, "account_sid", rt.STR, strict)
        self.attributes = rt.read_field(cls, data, "attributes", _READ_ATTRIBUTES, strict)
        self.call_sid = rt.read_field(cls, data, "call_sid", rt.STR, strict)
        self.called_did = rt.read_field(cls, data, "called_did", rt.STR, strict)
        self.calling_did = rt.read_field(cls, data, "calling_did", rt.STR, strict)
        self.date_created = rt.read_field(cls, data, "date_created", rt.DATETIME, strict)
        self.delay = rt.read_field(cls, data, "delay", rt.INT, strict)
        self.method = rt.read_field(cls, data, "method", _READ_METHOD, strict)
        self.status_callback_method = rt.read_field(
            cls, data, "status_callback_method", _READ_STATUS_CALLBACK_METHOD, strict
        )
        self.status_callback_url = rt.read_field(cls, data, "status_callback_url", rt.STR, strict)
        self.timeout = rt.read_field(cls, data, "timeout", rt.INT, strict)
        self.url = rt.read_field(cls, data, "url", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
