"""EndpointAddressInput: One endpoint address as sent in a request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("direction", "direction", str),
    ("dst_port", "dst_port", int),
    ("ip", "ip", str),
    ("location_sid", "location_sid", str),
    ("port", "port", int),
    ("priority", "priority", int),
    ("sip_password", "sip_password", str),
    ("sip_username", "sip_username", str),
    ("srtp", "srtp", bool),
    ("transport", "transport", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class EndpointAddressInput:
    """One endpoint address as sent in a request.

    Attributes:
        direction: direction
        dst_port: dst_port
        ip: ip
        location_sid: location_sid
        port: port
        priority: priority
        sip_password: sip_password
        sip_username: sip_username
        srtp: srtp
        transport: transport
    """

    direction: str | None
    dst_port: int | None
    ip: str | None
    location_sid: str | None
    port: int | None
    priority: int | None
    sip_password: str | None
    sip_username: str | None
    srtp: bool | None
    transport: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        direction: str | None | Unset = UNSET,
        dst_port: int | None | Unset = UNSET,
        ip: str | None | Unset = UNSET,
        location_sid: str | None | Unset = UNSET,
        port: int | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        sip_password: str | None | Unset = UNSET,
        sip_username: str | None | Unset = UNSET,
        srtp: bool | None | Unset = UNSET,
        transport: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.direction = rt.given(self, "direction", direction)
        self.dst_port = rt.given(self, "dst_port", dst_port)
        self.ip = rt.given(self, "ip", ip)
        self.location_sid = rt.given(self, "location_sid", location_sid)
        self.port = rt.given(self, "port", port)
        self.priority = rt.given(self, "priority", priority)
        self.sip_password = rt.given(self, "sip_password", sip_password)
        self.sip_username = rt.given(self, "sip_username", sip_username)
        self.srtp = rt.given(self, "srtp", srtp)
        self.transport = rt.given(self, "transport", transport)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


EndpointAddressInputFieldName = Literal[
    "direction",
    "dst_port",
    "ip",
    "location_sid",
    "port",
    "priority",
    "sip_password",
    "sip_username",
    "srtp",
    "transport",
]
"""The names of `EndpointAddressInput`'s fields, for typed filters, orders and field lists."""


class EndpointAddressInputParams(TypedDict, total=False):
    direction: str | None
    dst_port: int | None
    ip: str | None
    location_sid: str | None
    port: int | None
    priority: int | None
    sip_password: str | None
    sip_username: str | None
    srtp: bool | None
    transport: str | None
