"""Endpoint: A SIP device or a hosted CarrierX application that can receive calls. For application endpoints,
`properties` carries the login, password and api_url of that application's API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .endpoint_type import EndpointType

if TYPE_CHECKING:
    from .endpoint_address import EndpointAddress
    from .endpoint_attributes import EndpointAttributes
    from .endpoint_properties import EndpointProperties
    from .endpoint_transformation import EndpointTransformation
    from .partner import Partner

_FIELDS: tuple[rt.Field, ...] = (
    (
        "addresses",
        "addresses",
        rt.list_reader(rt.model_reader("carrierx_core.models.endpoint_address", "EndpointAddress")),
    ),
    ("attributes", "attributes", rt.model_reader("carrierx_core.models.endpoint_attributes", "EndpointAttributes")),
    ("auth_required", "auth_required", bool),
    ("capacity", "capacity", int),
    ("cps_limit", "cps_limit", int),
    ("endpoint_sid", "endpoint_sid", str),
    ("name", "name", str),
    ("out_sip_password", "out_sip_password", str),
    ("out_sip_username", "out_sip_username", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
    ("properties", "properties", rt.model_reader("carrierx_core.models.endpoint_properties", "EndpointProperties")),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.endpoint_transformation", "EndpointTransformation")),
    ),
    ("type_", "type", rt.enum_reader(EndpointType)),
    ("voip_token", "voip_token", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Endpoint:
    """A SIP device or a hosted CarrierX application that can receive calls. For application endpoints,
    `properties` carries the login, password and api_url of that application's API.

    Attributes:
        addresses: addresses
        attributes: attributes
        auth_required: Whether authentication is required.
        capacity: Maximum simultaneous inbound calls.
        cps_limit: Maximum outbound calls per second; 0 or null means unlimited.
        endpoint_sid: Endpoint secure ID.
        name: Endpoint name.
        out_sip_password: Proxy-authentication password used when the address has no sip_password.
        out_sip_username: Proxy-authentication user name used when the address has no sip_username.
        partner: The owning partner; only with `with_related=true`.
        partner_sid: Secure ID of the owning partner.
        properties: properties
        transformations: transformations
        type_: type
        voip_token: Endpoint authentication token.
    """

    addresses: list[EndpointAddress] | None
    attributes: EndpointAttributes | None
    auth_required: bool | None
    capacity: int | None
    cps_limit: int | None
    endpoint_sid: str | None
    name: str | None
    out_sip_password: str | None
    out_sip_username: str | None
    partner: Partner | None
    partner_sid: str | None
    properties: EndpointProperties | None
    transformations: list[EndpointTransformation] | None
    type_: EndpointType | None
    voip_token: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        addresses: list[EndpointAddress] | None | Unset = UNSET,
        attributes: EndpointAttributes | None | Unset = UNSET,
        auth_required: bool | None | Unset = UNSET,
        capacity: int | None | Unset = UNSET,
        cps_limit: int | None | Unset = UNSET,
        endpoint_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        out_sip_password: str | None | Unset = UNSET,
        out_sip_username: str | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        properties: EndpointProperties | None | Unset = UNSET,
        transformations: list[EndpointTransformation] | None | Unset = UNSET,
        type_: EndpointType | None | Unset = UNSET,
        voip_token: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.addresses = rt.given(self, "addresses", addresses)
        self.attributes = rt.given(self, "attributes", attributes)
        self.auth_required = rt.given(self, "auth_required", auth_required)
        self.capacity = rt.given(self, "capacity", capacity)
        self.cps_limit = rt.given(self, "cps_limit", cps_limit)
        self.endpoint_sid = rt.given(self, "endpoint_sid", endpoint_sid)
        self.name = rt.given(self, "name", name)
        self.out_sip_password = rt.given(self, "out_sip_password", out_sip_password)
        self.out_sip_username = rt.given(self, "out_sip_username", out_sip_username)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.properties = rt.given(self, "properties", properties)
        self.transformations = rt.given(self, "transformations", transformations)
        self.type_ = rt.given(self, "type", type_)
        self.voip_token = rt.given(self, "voip_token", voip_token)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


EndpointFieldName = Literal[
    "addresses",
    "attributes",
    "auth_required",
    "capacity",
    "cps_limit",
    "endpoint_sid",
    "name",
    "out_sip_password",
    "out_sip_username",
    "partner",
    "partner_sid",
    "properties",
    "transformations",
    "type",
    "voip_token",
]
"""The names of `Endpoint`'s fields, for typed filters, orders and field lists."""
