"""EndpointUpdate: Endpoint fields to change (PATCH); nested objects are merged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .endpoint_type import EndpointType

if TYPE_CHECKING:
    from .endpoint_address_input import EndpointAddressInput, EndpointAddressInputParams
    from .endpoint_attributes import EndpointAttributes
    from .endpoint_properties_input import EndpointPropertiesInput, EndpointPropertiesInputParams
    from .endpoint_transformation import EndpointTransformation

_FIELDS: tuple[rt.Field, ...] = (
    (
        "addresses",
        "addresses",
        rt.list_reader(rt.model_reader("carrierx_core.models.endpoint_address_input", "EndpointAddressInput")),
    ),
    ("attributes", "attributes", rt.model_reader("carrierx_core.models.endpoint_attributes", "EndpointAttributes")),
    ("auth_required", "auth_required", bool),
    ("capacity", "capacity", int),
    ("name", "name", str),
    ("out_sip_password", "out_sip_password", str),
    ("out_sip_username", "out_sip_username", str),
    ("partner_sid", "partner_sid", str),
    (
        "properties",
        "properties",
        rt.model_reader("carrierx_core.models.endpoint_properties_input", "EndpointPropertiesInput"),
    ),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.endpoint_transformation", "EndpointTransformation")),
    ),
    ("type_", "type", rt.enum_reader(EndpointType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class EndpointUpdate:
    """Endpoint fields to change (PATCH); nested objects are merged.

    Attributes:
        addresses: addresses
        attributes: Free-form endpoint attributes.
        auth_required: Whether authentication is required.
        capacity: capacity
        name: name
        out_sip_password: out_sip_password
        out_sip_username: out_sip_username
        partner_sid: partner_sid
        properties: Type-specific endpoint settings as sent in a request.
        transformations: transformations
        type_: Kind of endpoint.
    """

    addresses: list[EndpointAddressInput] | None
    attributes: EndpointAttributes | None
    auth_required: bool | None
    capacity: int | None
    name: str | None
    out_sip_password: str | None
    out_sip_username: str | None
    partner_sid: str | None
    properties: EndpointPropertiesInput | None
    transformations: list[EndpointTransformation] | None
    type_: EndpointType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        addresses: list[EndpointAddressInput] | None | Unset = UNSET,
        attributes: EndpointAttributes | None | Unset = UNSET,
        auth_required: bool | None | Unset = UNSET,
        capacity: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        out_sip_password: str | None | Unset = UNSET,
        out_sip_username: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        properties: EndpointPropertiesInput | None | Unset = UNSET,
        transformations: list[EndpointTransformation] | None | Unset = UNSET,
        type_: EndpointType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.addresses = rt.given(self, "addresses", addresses)
        self.attributes = rt.given(self, "attributes", attributes)
        self.auth_required = rt.given(self, "auth_required", auth_required)
        self.capacity = rt.given(self, "capacity", capacity)
        self.name = rt.given(self, "name", name)
        self.out_sip_password = rt.given(self, "out_sip_password", out_sip_password)
        self.out_sip_username = rt.given(self, "out_sip_username", out_sip_username)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.properties = rt.given(self, "properties", properties)
        self.transformations = rt.given(self, "transformations", transformations)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


EndpointUpdateFieldName = Literal[
    "addresses",
    "attributes",
    "auth_required",
    "capacity",
    "name",
    "out_sip_password",
    "out_sip_username",
    "partner_sid",
    "properties",
    "transformations",
    "type",
]
"""The names of `EndpointUpdate`'s fields, for typed filters, orders and field lists."""


class EndpointUpdateParams(TypedDict, total=False):
    addresses: list[EndpointAddressInput | EndpointAddressInputParams] | None
    attributes: EndpointAttributes | Mapping[str, Any] | None
    auth_required: bool | None
    capacity: int | None
    name: str | None
    out_sip_password: str | None
    out_sip_username: str | None
    partner_sid: str | None
    properties: EndpointPropertiesInput | EndpointPropertiesInputParams | None
    transformations: list[EndpointTransformation | Mapping[str, Any]] | None
    type: EndpointType | str | None
