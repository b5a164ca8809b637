"""Binding: A forwarding rule: calls to the redirect DID (optionally only from one caller) go to the
destination."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .binding_attributes import BindingAttributes
    from .binding_redirect_did_info import BindingRedirectDidInfo

_KEYS = (
    ("account_sid", "account_sid"),
    ("attributes", "attributes"),
    ("binding_sid", "binding_sid"),
    ("date_created", "date_created"),
    ("destination_did", "destination_did"),
    ("dtmf", "dtmf"),
    ("maximum_ttl", "maximum_ttl"),
    ("name", "name"),
    ("origination_did", "origination_did"),
    ("redirect_did", "redirect_did"),
    ("redirect_did_info", "redirect_did_info"),
    ("wait_origination_did_ttl", "wait_origination_did_ttl"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_ATTRIBUTES = rt.model_reader("carrierx_mediator.models.binding_attributes", "BindingAttributes")
_READ_REDIRECT_DID_INFO = rt.model_reader(
    "carrierx_mediator.models.binding_redirect_did_info", "BindingRedirectDidInfo"
)


@_attrs_define(init=False)
class Binding:
    """A forwarding rule: calls to the redirect DID (optionally only from one caller) go to the
    destination.
    Attributes:
        account_sid: Account SID.
        attributes: Built-in and custom options of the binding.
        binding_sid: Binding SID.
        date_created: When the binding was created.
        destination_did: Number the call is forwarded to, E.164.
        dtmf: Digits sent after the destination answers; each comma waits 0.5 s.
        maximum_ttl: Seconds the binding stays active (default 3600; -1 never expires).
        name: Friendly name (default `N/A`).
        origination_did: Only calls from this number use the binding; any caller when empty. E.164.
        redirect_did: DID of the endpoint that receives the call and forwards it.
        redirect_did_info: The redirect DID in several formats.
        wait_origination_did_ttl: Seconds value seen in samples (300, -1); meaning not documented in the stored excerpt.
    """

    account_sid: str | None
    attributes: BindingAttributes | None
    binding_sid: str | None
    date_created: datetime.datetime | None
    destination_did: str | None
    dtmf: str | None
    maximum_ttl: int | None
    name: str | None
    origination_did: str | None
    redirect_did: str | None
    redirect_did_info: BindingRedirectDidInfo | None
    wait_origination_did_ttl: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        attributes: BindingAttributes | None | Unset = UNSET,
        binding_sid: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        destination_did: str | None | Unset = UNSET,
        dtmf: str | None | Unset = UNSET,
        maximum_ttl: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        origination_did: str | None | Unset = UNSET,
        redirect_did: str | None | Unset = UNSET,
        redirect_did_info: BindingRedirectDidInfo | None | Unset = UNSET,
        wait_origination_did_ttl: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.attributes = rt.given(self, "attributes", attributes)
        self.binding_sid = rt.given(self, "binding_sid", binding_sid)
        self.date_created = rt.given(self, "date_created", date_created)
        self.destination_did = rt.given(self, "destination_did", destination_did)
        self.dtmf = rt.given(self, "dtmf", dtmf)
        self.maximum_ttl = rt.given(self, "maximum_ttl", maximum_ttl)
        self.name = rt.given(self, "name", name)
        self.origination_did = rt.given(self, "origination_did", origination_did)
        self.redirect_did = rt.given(self, "redirect_did", redirect_did)
        self.redirect_did_info = rt.given(self, "redirect_did_info", redirect_did_info)
        self.wait_origination_did_ttl = rt.given(self, "wait_origination_did_ttl", wait_origination_did_ttl)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.account_sid = rt.read_field(cls, data, "account_sid", rt.STR, strict)
        self.attributes = rt.read_field(cls, data, "attributes", _READ_ATTRIBUTES, strict)
        self.binding_sid = rt.read_field(cls, data, "binding_sid", rt.STR, strict)
        self.date_created = rt.read_field(cls, data, "date_created", rt.DATETIME, strict)
        self.destination_did = rt.read_field(cls, data, "destination_did", rt.STR, strict)
        self.dtmf = rt.read_field(cls, data, "dtmf", rt.STR, strict)
        self.maximum_ttl = rt.read_field(cls, data, "maximum_ttl", rt.INT, strict)
        self.name = rt.read_field(cls, data, "name", rt.STR, strict)
        self.origination_did = rt.read_field(cls, data, "origination_did", rt.STR, strict)
        self.redirect_did = rt.read_field(cls, data, "redirect_did", rt.STR, strict)
        self.redirect_did_info = rt.read_field(cls, data, "redirect_did_info", _READ_REDIRECT_DID_INFO, strict)
        self.wait_origination_did_ttl = rt.read_field(cls, data, "wait_origination_did_ttl", rt.INT, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
