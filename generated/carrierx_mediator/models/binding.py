"""Binding: A forwarding rule: calls to the redirect DID (optionally only from one caller) go to the
destination."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .binding_attributes import BindingAttributes
    from .binding_redirect_did_info import BindingRedirectDidInfo

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("attributes", "attributes", rt.model_reader("carrierx_mediator.models.binding_attributes", "BindingAttributes")),
    ("binding_sid", "binding_sid", str),
    ("date_created", "date_created", rt.DATETIME),
    ("destination_did", "destination_did", str),
    ("dtmf", "dtmf", str),
    ("maximum_ttl", "maximum_ttl", int),
    ("name", "name", str),
    ("origination_did", "origination_did", str),
    ("redirect_did", "redirect_did", str),
    (
        "redirect_did_info",
        "redirect_did_info",
        rt.model_reader("carrierx_mediator.models.binding_redirect_did_info", "BindingRedirectDidInfo"),
    ),
    ("wait_origination_did_ttl", "wait_origination_did_ttl", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


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
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

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
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BindingFieldName = Literal[
    "account_sid",
    "attributes",
    "binding_sid",
    "date_created",
    "destination_did",
    "dtmf",
    "maximum_ttl",
    "name",
    "origination_did",
    "redirect_did",
    "redirect_did_info",
    "wait_origination_did_ttl",
]
"""The names of `Binding`'s fields, for typed filters, orders and field lists."""
