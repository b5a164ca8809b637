"""TrunkCreate: Fields for a new trunk; none are required (an empty object works)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .trunk_allow_forward import TrunkAllowForward
from .trunk_asn_mode import TrunkAsnMode
from .trunk_codec import TrunkCodec

if TYPE_CHECKING:
    from .trunk_access_control_list import TrunkAccessControlList, TrunkAccessControlListParams
    from .trunk_transformation import TrunkTransformation

_FIELDS: tuple[rt.Field, ...] = (
    (
        "acls",
        "acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.trunk_access_control_list", "TrunkAccessControlList")),
    ),
    ("allow_forward", "allow_forward", rt.enum_reader(TrunkAllowForward)),
    ("allow_transfer", "allow_transfer", rt.union_reader(rt.BOOL, rt.STR)),
    ("asn_mode", "asn_mode", rt.enum_reader(TrunkAsnMode)),
    ("call_type", "call_type", str),
    ("codec", "codec", rt.enum_reader(TrunkCodec)),
    ("endpoint_sid", "endpoint_sid", str),
    ("in_capacity", "in_capacity", int),
    ("in_codec", "in_codec", str),
    ("in_identity_format", "in_identity_format", str),
    ("in_identity_mode", "in_identity_mode", str),
    ("in_ip_profile_sid", "in_ip_profile_sid", str),
    ("in_rfc_4694_mode", "in_rfc_4694_mode", str),
    ("location_sid", "location_sid", str),
    ("name", "name", str),
    ("out_capacity", "out_capacity", int),
    ("out_codec", "out_codec", str),
    ("out_identity_mode", "out_identity_mode", str),
    ("out_ip_profile_sid", "out_ip_profile_sid", str),
    ("out_rfc_4694_mode", "out_rfc_4694_mode", str),
    ("priority", "priority", int),
    ("relay_sip_headers", "relay_sip_headers", rt.list_reader(rt.ANY)),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.trunk_transformation", "TrunkTransformation")),
    ),
    ("trunk_sid", "trunk_sid", str),
    ("weight", "weight", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class TrunkCreate:
    """Fields for a new trunk; none are required (an empty object works).

    Attributes:
        acls: Access control lists of the trunk.
        allow_forward: How a trunk handles 302 redirects from leg B.
        allow_transfer: Whether, or in which mode, transfers are allowed.
        asn_mode: Access to the ASN proxy caller/callee variables.
        call_type: The call type.
        codec: Legacy codec setting; null lets the trunk use a codec from leg A.
        endpoint_sid: Secure ID of the endpoint; the samples send null (or an empty string) for none.
        in_capacity: Maximum simultaneous incoming calls; 0 means unlimited, -1 disables incoming calls.
        in_codec: Codec setting for calls received by the trunk.
        in_identity_format: Format of RPID/PAI data passed to leg B.
        in_identity_mode: When and how Remote-Party-ID / P-Asserted-Identity data is passed.
        in_ip_profile_sid: Routing IP profile for incoming calls.
        in_rfc_4694_mode: RFC 4694 parameter handling for incoming calls.
        location_sid: Secure ID of the routing location.
        name: Trunk name (`N/A` when none was given).
        out_capacity: Maximum simultaneous outgoing calls.
        out_codec: Codec setting for calls sent by the trunk.
        out_identity_mode: Identity header handling for outgoing calls.
        out_ip_profile_sid: Routing IP profile for outgoing calls.
        out_rfc_4694_mode: RFC 4694 parameter handling for outgoing calls.
        priority: Trunk priority within the group.
        relay_sip_headers: SIP headers relayed between the call legs.
        transformations: transformations
        trunk_sid: Secure ID of the trunk.
        weight: Trunk weight within the group.
    """

    acls: list[TrunkAccessControlList] | None
    allow_forward: TrunkAllowForward | None
    allow_transfer: bool | str | None
    asn_mode: TrunkAsnMode | None
    call_type: str | None
    codec: TrunkCodec | None
    endpoint_sid: str | None
    in_capacity: int | None
    in_codec: str | None
    in_identity_format: str | None
    in_identity_mode: str | None
    in_ip_profile_sid: str | None
    in_rfc_4694_mode: str | None
    location_sid: str | None
    name: str | None
    out_capacity: int | None
    out_codec: str | None
    out_identity_mode: str | None
    out_ip_profile_sid: str | None
    out_rfc_4694_mode: str | None
    priority: int | None
    relay_sip_headers: list[Any] | None
    transformations: list[TrunkTransformation] | None
    trunk_sid: str | None
    weight: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        acls: list[TrunkAccessControlList] | None | Unset = UNSET,
        allow_forward: TrunkAllowForward | None | Unset = UNSET,
        allow_transfer: bool | str | None | Unset = UNSET,
        asn_mode: TrunkAsnMode | None | Unset = UNSET,
        call_type: str | None | Unset = UNSET,
        codec: TrunkCodec | None | Unset = UNSET,
        endpoint_sid: str | None | Unset = UNSET,
        in_capacity: int | None | Unset = UNSET,
        in_codec: str | None | Unset = UNSET,
        in_identity_format: str | None | Unset = UNSET,
        in_identity_mode: str | None | Unset = UNSET,
        in_ip_profile_sid: str | None | Unset = UNSET,
        in_rfc_4694_mode: str | None | Unset = UNSET,
        location_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        out_capacity: int | None | Unset = UNSET,
        out_codec: str | None | Unset = UNSET,
        out_identity_mode: str | None | Unset = UNSET,
        out_ip_profile_sid: str | None | Unset = UNSET,
        out_rfc_4694_mode: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        relay_sip_headers: list[Any] | None | Unset = UNSET,
        transformations: list[TrunkTransformation] | None | Unset = UNSET,
        trunk_sid: str | None | Unset = UNSET,
        weight: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.acls = rt.given(self, "acls", acls)
        self.allow_forward = rt.given(self, "allow_forward", allow_forward)
        self.allow_transfer = rt.given(self, "allow_transfer", allow_transfer)
        self.asn_mode = rt.given(self, "asn_mode", asn_mode)
        self.call_type = rt.given(self, "call_type", call_type)
        self.codec = rt.given(self, "codec", codec)
        self.endpoint_sid = rt.given(self, "endpoint_sid", endpoint_sid)
        self.in_capacity = rt.given(self, "in_capacity", in_capacity)
        self.in_codec = rt.given(self, "in_codec", in_codec)
        self.in_identity_format = rt.given(self, "in_identity_format", in_identity_format)
        self.in_identity_mode = rt.given(self, "in_identity_mode", in_identity_mode)
        self.in_ip_profile_sid = rt.given(self, "in_ip_profile_sid", in_ip_profile_sid)
        self.in_rfc_4694_mode = rt.given(self, "in_rfc_4694_mode", in_rfc_4694_mode)
        self.location_sid = rt.given(self, "location_sid", location_sid)
        self.name = rt.given(self, "name", name)
        self.out_capacity = rt.given(self, "out_capacity", out_capacity)
        self.out_codec = rt.given(self, "out_codec", out_codec)
        self.out_identity_mode = rt.given(self, "out_identity_mode", out_identity_mode)
        self.out_ip_profile_sid = rt.given(self, "out_ip_profile_sid", out_ip_profile_sid)
        self.out_rfc_4694_mode = rt.given(self, "out_rfc_4694_mode", out_rfc_4694_mode)
        self.priority = rt.given(self, "priority", priority)
        self.relay_sip_headers = rt.given(self, "relay_sip_headers", relay_sip_headers)
        self.transformations = rt.given(self, "transformations", transformations)
        self.trunk_sid = rt.given(self, "trunk_sid", trunk_sid)
        self.weight = rt.given(self, "weight", weight)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


TrunkCreateFieldName = Literal[
    "acls",
    "allow_forward",
    "allow_transfer",
    "asn_mode",
    "call_type",
    "codec",
    "endpoint_sid",
    "in_capacity",
    "in_codec",
    "in_identity_format",
    "in_identity_mode",
    "in_ip_profile_sid",
    "in_rfc_4694_mode",
    "location_sid",
    "name",
    "out_capacity",
    "out_codec",
    "out_identity_mode",
    "out_ip_profile_sid",
    "out_rfc_4694_mode",
    "priority",
    "relay_sip_headers",
    "transformations",
    "trunk_sid",
    "weight",
]
"""The names of `TrunkCreate`'s fields, for typed filters, orders and field lists."""


class TrunkCreateParams(TypedDict, total=False):
    acls: list[TrunkAccessControlList | TrunkAccessControlListParams] | None
    allow_forward: TrunkAllowForward | str | None
    allow_transfer: bool | str | None
    asn_mode: TrunkAsnMode | str | None
    call_type: str | None
    codec: TrunkCodec | str | None
    endpoint_sid: str | None
    in_capacity: int | None
    in_codec: str | None
    in_identity_format: str | None
    in_identity_mode: str | None
    in_ip_profile_sid: str | None
    in_rfc_4694_mode: str | None
    location_sid: str | None
    name: str | None
    out_capacity: int | None
    out_codec: str | None
    out_identity_mode: str | None
    out_ip_profile_sid: str | None
    out_rfc_4694_mode: str | None
    priority: int | None
    relay_sip_headers: list[Any] | None
    transformations: list[TrunkTransformation | Mapping[str, Any]] | None
    trunk_sid: str | None
    weight: int | None
