from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_allow_forward import TrunkAllowForward
from ..models.trunk_asn_mode import TrunkAsnMode
from ..models.trunk_codec import TrunkCodec
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_access_control_list import TrunkAccessControlList
    from ..models.trunk_transformation import TrunkTransformation


T = TypeVar("T", bound="TrunkCreate")


@_attrs_define
class TrunkCreate:
    """Fields for a new trunk; none are required (an empty object works).

    Attributes:
        acls (list[TrunkAccessControlList] | Unset): Access control lists of the trunk.
        allow_forward (TrunkAllowForward | Unset): How a trunk handles 302 redirects from leg B.
        allow_transfer (bool | str | Unset): Whether, or in which mode, transfers are allowed.
        asn_mode (TrunkAsnMode | Unset): Access to the ASN proxy caller/callee variables.
        call_type (str | Unset): The call type.
        codec (None | TrunkCodec | Unset): Legacy codec setting; null lets the trunk use a codec from leg A.
        endpoint_sid (None | str | Unset): Secure ID of the endpoint; the samples send null (or an empty string) for
            none.
        in_capacity (int | Unset): Maximum simultaneous incoming calls; 0 means unlimited, -1 disables incoming calls.
        in_codec (str | Unset): Codec setting for calls received by the trunk.
        in_identity_format (str | Unset): Format of RPID/PAI data passed to leg B.
        in_identity_mode (str | Unset): When and how Remote-Party-ID / P-Asserted-Identity data is passed.
        in_ip_profile_sid (str | Unset): Routing IP profile for incoming calls.
        in_rfc_4694_mode (str | Unset): RFC 4694 parameter handling for incoming calls.
        location_sid (str | Unset): Secure ID of the routing location.
        name (str | Unset): Trunk name (`N/A` when none was given).
        out_capacity (int | Unset): Maximum simultaneous outgoing calls.
        out_codec (str | Unset): Codec setting for calls sent by the trunk.
        out_identity_mode (str | Unset): Identity header handling for outgoing calls.
        out_ip_profile_sid (str | Unset): Routing IP profile for outgoing calls.
        out_rfc_4694_mode (str | Unset): RFC 4694 parameter handling for outgoing calls.
        priority (int | Unset): Trunk priority within the group.
        relay_sip_headers (list[Any] | Unset): SIP headers relayed between the call legs.
        transformations (list[TrunkTransformation] | Unset):
        trunk_sid (str | Unset): Secure ID of the trunk.
        weight (int | Unset): Trunk weight within the group.
    """

    acls: list[TrunkAccessControlList] | Unset = UNSET
    allow_forward: TrunkAllowForward | Unset = UNSET
    allow_transfer: bool | str | Unset = UNSET
    asn_mode: TrunkAsnMode | Unset = UNSET
    call_type: str | Unset = UNSET
    codec: None | TrunkCodec | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    in_capacity: int | Unset = UNSET
    in_codec: str | Unset = UNSET
    in_identity_format: str | Unset = UNSET
    in_identity_mode: str | Unset = UNSET
    in_ip_profile_sid: str | Unset = UNSET
    in_rfc_4694_mode: str | Unset = UNSET
    location_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    out_capacity: int | Unset = UNSET
    out_codec: str | Unset = UNSET
    out_identity_mode: str | Unset = UNSET
    out_ip_profile_sid: str | Unset = UNSET
    out_rfc_4694_mode: str | Unset = UNSET
    priority: int | Unset = UNSET
    relay_sip_headers: list[Any] | Unset = UNSET
    transformations: list[TrunkTransformation] | Unset = UNSET
    trunk_sid: str | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = []
            for acls_item_data in self.acls:
                acls_item = acls_item_data.to_dict()
                acls.append(acls_item)

        allow_forward: str | Unset = UNSET
        if not isinstance(self.allow_forward, Unset):
            allow_forward = self.allow_forward.value

        allow_transfer: bool | str | Unset
        if isinstance(self.allow_transfer, Unset):
            allow_transfer = UNSET
        else:
            allow_transfer = self.allow_transfer

        asn_mode: str | Unset = UNSET
        if not isinstance(self.asn_mode, Unset):
            asn_mode = self.asn_mode.value

        call_type = self.call_type

        codec: None | str | Unset
        if isinstance(self.codec, Unset):
            codec = UNSET
        elif isinstance(self.codec, TrunkCodec):
            codec = self.codec.value
        else:
            codec = self.codec

        endpoint_sid: None | str | Unset
        if isinstance(self.endpoint_sid, Unset):
            endpoint_sid = UNSET
        else:
            endpoint_sid = self.endpoint_sid

        in_capacity = self.in_capacity

        in_codec = self.in_codec

        in_identity_format = self.in_identity_format

        in_identity_mode = self.in_identity_mode

        in_ip_profile_sid = self.in_ip_profile_sid

        in_rfc_4694_mode = self.in_rfc_4694_mode

        location_sid = self.location_sid

        name = self.name

        out_capacity = self.out_capacity

        out_codec = self.out_codec

        out_identity_mode = self.out_identity_mode

        out_ip_profile_sid = self.out_ip_profile_sid

        out_rfc_4694_mode = self.out_rfc_4694_mode

        priority = self.priority

        relay_sip_headers: list[Any] | Unset = UNSET
        if not isinstance(self.relay_sip_headers, Unset):
            relay_sip_headers = self.relay_sip_headers

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        trunk_sid = self.trunk_sid

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acls is not UNSET:
            field_dict["acls"] = acls
        if allow_forward is not UNSET:
            field_dict["allow_forward"] = allow_forward
        if allow_transfer is not UNSET:
            field_dict["allow_transfer"] = allow_transfer
        if asn_mode is not UNSET:
            field_dict["asn_mode"] = asn_mode
        if call_type is not UNSET:
            field_dict["call_type"] = call_type
        if codec is not UNSET:
            field_dict["codec"] = codec
        if endpoint_sid is not UNSET:
            field_dict["endpoint_sid"] = endpoint_sid
        if in_capacity is not UNSET:
            field_dict["in_capacity"] = in_capacity
        if in_codec is not UNSET:
            field_dict["in_codec"] = in_codec
        if in_identity_format is not UNSET:
            field_dict["in_identity_format"] = in_identity_format
        if in_identity_mode is not UNSET:
            field_dict["in_identity_mode"] = in_identity_mode
        if in_ip_profile_sid is not UNSET:
            field_dict["in_ip_profile_sid"] = in_ip_profile_sid
        if in_rfc_4694_mode is not UNSET:
            field_dict["in_rfc_4694_mode"] = in_rfc_4694_mode
        if location_sid is not UNSET:
            field_dict["location_sid"] = location_sid
        if name is not UNSET:
            field_dict["name"] = name
        if out_capacity is not UNSET:
            field_dict["out_capacity"] = out_capacity
        if out_codec is not UNSET:
            field_dict["out_codec"] = out_codec
        if out_identity_mode is not UNSET:
            field_dict["out_identity_mode"] = out_identity_mode
        if out_ip_profile_sid is not UNSET:
            field_dict["out_ip_profile_sid"] = out_ip_profile_sid
        if out_rfc_4694_mode is not UNSET:
            field_dict["out_rfc_4694_mode"] = out_rfc_4694_mode
        if priority is not UNSET:
            field_dict["priority"] = priority
        if relay_sip_headers is not UNSET:
            field_dict["relay_sip_headers"] = relay_sip_headers
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if trunk_sid is not UNSET:
            field_dict["trunk_sid"] = trunk_sid
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_access_control_list import TrunkAccessControlList  # noqa: PLC0415
        from ..models.trunk_transformation import TrunkTransformation  # noqa: PLC0415

        d = dict(src_dict)
        _acls = d.pop("acls", UNSET)
        acls: list[TrunkAccessControlList] | Unset = UNSET
        if _acls is not UNSET:
            acls = []
            for acls_item_data in _acls:
                acls_item = TrunkAccessControlList.from_dict(acls_item_data)

                acls.append(acls_item)

        _allow_forward = d.pop("allow_forward", UNSET)
        allow_forward: TrunkAllowForward | Unset
        if isinstance(_allow_forward, Unset):
            allow_forward = UNSET
        else:
            allow_forward = TrunkAllowForward(_allow_forward)

        def _parse_allow_transfer(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        allow_transfer = _parse_allow_transfer(d.pop("allow_transfer", UNSET))

        _asn_mode = d.pop("asn_mode", UNSET)
        asn_mode: TrunkAsnMode | Unset
        if isinstance(_asn_mode, Unset):
            asn_mode = UNSET
        else:
            asn_mode = TrunkAsnMode(_asn_mode)

        call_type = d.pop("call_type", UNSET)

        def _parse_codec(data: object) -> None | TrunkCodec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                codec_type_0 = TrunkCodec(data)

                return codec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkCodec | Unset, data)

        codec = _parse_codec(d.pop("codec", UNSET))

        def _parse_endpoint_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid = _parse_endpoint_sid(d.pop("endpoint_sid", UNSET))

        in_capacity = d.pop("in_capacity", UNSET)

        in_codec = d.pop("in_codec", UNSET)

        in_identity_format = d.pop("in_identity_format", UNSET)

        in_identity_mode = d.pop("in_identity_mode", UNSET)

        in_ip_profile_sid = d.pop("in_ip_profile_sid", UNSET)

        in_rfc_4694_mode = d.pop("in_rfc_4694_mode", UNSET)

        location_sid = d.pop("location_sid", UNSET)

        name = d.pop("name", UNSET)

        out_capacity = d.pop("out_capacity", UNSET)

        out_codec = d.pop("out_codec", UNSET)

        out_identity_mode = d.pop("out_identity_mode", UNSET)

        out_ip_profile_sid = d.pop("out_ip_profile_sid", UNSET)

        out_rfc_4694_mode = d.pop("out_rfc_4694_mode", UNSET)

        priority = d.pop("priority", UNSET)

        relay_sip_headers = cast(list[Any], d.pop("relay_sip_headers", UNSET))

        _transformations = d.pop("transformations", UNSET)
        transformations: list[TrunkTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = TrunkTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        trunk_sid = d.pop("trunk_sid", UNSET)

        weight = d.pop("weight", UNSET)

        trunk_create = cls(
            acls=acls,
            allow_forward=allow_forward,
            allow_transfer=allow_transfer,
            asn_mode=asn_mode,
            call_type=call_type,
            codec=codec,
            endpoint_sid=endpoint_sid,
            in_capacity=in_capacity,
            in_codec=in_codec,
            in_identity_format=in_identity_format,
            in_identity_mode=in_identity_mode,
            in_ip_profile_sid=in_ip_profile_sid,
            in_rfc_4694_mode=in_rfc_4694_mode,
            location_sid=location_sid,
            name=name,
            out_capacity=out_capacity,
            out_codec=out_codec,
            out_identity_mode=out_identity_mode,
            out_ip_profile_sid=out_ip_profile_sid,
            out_rfc_4694_mode=out_rfc_4694_mode,
            priority=priority,
            relay_sip_headers=relay_sip_headers,
            transformations=transformations,
            trunk_sid=trunk_sid,
            weight=weight,
        )

        trunk_create.additional_properties = d
        return trunk_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
