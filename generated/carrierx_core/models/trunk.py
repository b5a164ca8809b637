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


T = TypeVar("T", bound="Trunk")


@_attrs_define
class Trunk:
    """A trunk: the settings for one connection of a trunk group to an endpoint.

    Attributes:
        acls (list[TrunkAccessControlList] | None | Unset): Access control lists of the trunk.
        allow_forward (None | TrunkAllowForward | Unset): Handling of 302 redirects from leg B (default `disabled`).
        allow_transfer (bool | None | str | Unset): Whether, or in which mode, transfers are allowed.
        asn_mode (None | TrunkAsnMode | Unset): Access to the ASN proxy variables (default `disable`).
        call_type (None | str | Unset): The call type.
        codec (None | TrunkCodec | Unset): Legacy codec setting; null lets the trunk use a codec from leg A.
        endpoint_sid (None | str | Unset): Secure ID of the endpoint the trunk sends calls to.
        in_capacity (int | None | Unset): Maximum simultaneous incoming calls; 0 means unlimited, -1 disables incoming
            calls.
        in_codec (None | str | Unset): Codec setting for calls received by the trunk.
        in_identity_format (None | str | Unset): Format of RPID/PAI data passed to leg B.
        in_identity_mode (None | str | Unset): When and how Remote-Party-ID / P-Asserted-Identity data is passed.
        in_ip_profile_sid (None | str | Unset): Routing IP profile for incoming calls.
        in_rfc_4694_mode (None | str | Unset): RFC 4694 parameter handling for incoming calls.
        location_sid (None | str | Unset): Secure ID of the routing location.
        name (None | str | Unset): Trunk name (`N/A` when none was given).
        out_capacity (int | None | Unset): Maximum simultaneous outgoing calls.
        out_codec (None | str | Unset): Codec setting for calls sent by the trunk.
        out_identity_mode (None | str | Unset): Identity header handling for outgoing calls.
        out_ip_profile_sid (None | str | Unset): Routing IP profile for outgoing calls.
        out_rfc_4694_mode (None | str | Unset): RFC 4694 parameter handling for outgoing calls.
        priority (int | None | Unset): Trunk priority within the group.
        relay_sip_headers (list[Any] | None | Unset): SIP headers relayed between the call legs.
        transformations (list[TrunkTransformation] | None | Unset):
        trunk_sid (None | str | Unset): Secure ID of the trunk.
        weight (int | None | Unset): Trunk weight within the group.
    """

    acls: list[TrunkAccessControlList] | None | Unset = UNSET
    allow_forward: None | TrunkAllowForward | Unset = UNSET
    allow_transfer: bool | None | str | Unset = UNSET
    asn_mode: None | TrunkAsnMode | Unset = UNSET
    call_type: None | str | Unset = UNSET
    codec: None | TrunkCodec | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    in_capacity: int | None | Unset = UNSET
    in_codec: None | str | Unset = UNSET
    in_identity_format: None | str | Unset = UNSET
    in_identity_mode: None | str | Unset = UNSET
    in_ip_profile_sid: None | str | Unset = UNSET
    in_rfc_4694_mode: None | str | Unset = UNSET
    location_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    out_capacity: int | None | Unset = UNSET
    out_codec: None | str | Unset = UNSET
    out_identity_mode: None | str | Unset = UNSET
    out_ip_profile_sid: None | str | Unset = UNSET
    out_rfc_4694_mode: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    relay_sip_headers: list[Any] | None | Unset = UNSET
    transformations: list[TrunkTransformation] | None | Unset = UNSET
    trunk_sid: None | str | Unset = UNSET
    weight: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.acls, Unset):
            acls = UNSET
        elif isinstance(self.acls, list):
            acls = []
            for acls_type_0_item_data in self.acls:
                acls_type_0_item = acls_type_0_item_data.to_dict()
                acls.append(acls_type_0_item)

        else:
            acls = self.acls

        allow_forward: None | str | Unset
        if isinstance(self.allow_forward, Unset):
            allow_forward = UNSET
        elif isinstance(self.allow_forward, TrunkAllowForward):
            allow_forward = self.allow_forward.value
        else:
            allow_forward = self.allow_forward

        allow_transfer: bool | None | str | Unset
        if isinstance(self.allow_transfer, Unset):
            allow_transfer = UNSET
        else:
            allow_transfer = self.allow_transfer

        asn_mode: None | str | Unset
        if isinstance(self.asn_mode, Unset):
            asn_mode = UNSET
        elif isinstance(self.asn_mode, TrunkAsnMode):
            asn_mode = self.asn_mode.value
        else:
            asn_mode = self.asn_mode

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        else:
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

        in_capacity: int | None | Unset
        if isinstance(self.in_capacity, Unset):
            in_capacity = UNSET
        else:
            in_capacity = self.in_capacity

        in_codec: None | str | Unset
        if isinstance(self.in_codec, Unset):
            in_codec = UNSET
        else:
            in_codec = self.in_codec

        in_identity_format: None | str | Unset
        if isinstance(self.in_identity_format, Unset):
            in_identity_format = UNSET
        else:
            in_identity_format = self.in_identity_format

        in_identity_mode: None | str | Unset
        if isinstance(self.in_identity_mode, Unset):
            in_identity_mode = UNSET
        else:
            in_identity_mode = self.in_identity_mode

        in_ip_profile_sid: None | str | Unset
        if isinstance(self.in_ip_profile_sid, Unset):
            in_ip_profile_sid = UNSET
        else:
            in_ip_profile_sid = self.in_ip_profile_sid

        in_rfc_4694_mode: None | str | Unset
        if isinstance(self.in_rfc_4694_mode, Unset):
            in_rfc_4694_mode = UNSET
        else:
            in_rfc_4694_mode = self.in_rfc_4694_mode

        location_sid: None | str | Unset
        if isinstance(self.location_sid, Unset):
            location_sid = UNSET
        else:
            location_sid = self.location_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        out_capacity: int | None | Unset
        if isinstance(self.out_capacity, Unset):
            out_capacity = UNSET
        else:
            out_capacity = self.out_capacity

        out_codec: None | str | Unset
        if isinstance(self.out_codec, Unset):
            out_codec = UNSET
        else:
            out_codec = self.out_codec

        out_identity_mode: None | str | Unset
        if isinstance(self.out_identity_mode, Unset):
            out_identity_mode = UNSET
        else:
            out_identity_mode = self.out_identity_mode

        out_ip_profile_sid: None | str | Unset
        if isinstance(self.out_ip_profile_sid, Unset):
            out_ip_profile_sid = UNSET
        else:
            out_ip_profile_sid = self.out_ip_profile_sid

        out_rfc_4694_mode: None | str | Unset
        if isinstance(self.out_rfc_4694_mode, Unset):
            out_rfc_4694_mode = UNSET
        else:
            out_rfc_4694_mode = self.out_rfc_4694_mode

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        relay_sip_headers: list[Any] | None | Unset
        if isinstance(self.relay_sip_headers, Unset):
            relay_sip_headers = UNSET
        elif isinstance(self.relay_sip_headers, list):
            relay_sip_headers = self.relay_sip_headers

        else:
            relay_sip_headers = self.relay_sip_headers

        transformations: list[dict[str, Any]] | None | Unset
        if isinstance(self.transformations, Unset):
            transformations = UNSET
        elif isinstance(self.transformations, list):
            transformations = []
            for transformations_type_0_item_data in self.transformations:
                transformations_type_0_item = transformations_type_0_item_data.to_dict()
                transformations.append(transformations_type_0_item)

        else:
            transformations = self.transformations

        trunk_sid: None | str | Unset
        if isinstance(self.trunk_sid, Unset):
            trunk_sid = UNSET
        else:
            trunk_sid = self.trunk_sid

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
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

        def _parse_acls(data: object) -> list[TrunkAccessControlList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acls_type_0 = []
                _acls_type_0 = data
                for acls_type_0_item_data in _acls_type_0:
                    acls_type_0_item = TrunkAccessControlList.from_dict(acls_type_0_item_data)

                    acls_type_0.append(acls_type_0_item)

                return acls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkAccessControlList] | None | Unset, data)

        acls = _parse_acls(d.pop("acls", UNSET))

        def _parse_allow_forward(data: object) -> None | TrunkAllowForward | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allow_forward_type_0 = TrunkAllowForward(data)

                return allow_forward_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkAllowForward | Unset, data)

        allow_forward = _parse_allow_forward(d.pop("allow_forward", UNSET))

        def _parse_allow_transfer(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        allow_transfer = _parse_allow_transfer(d.pop("allow_transfer", UNSET))

        def _parse_asn_mode(data: object) -> None | TrunkAsnMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asn_mode_type_0 = TrunkAsnMode(data)

                return asn_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkAsnMode | Unset, data)

        asn_mode = _parse_asn_mode(d.pop("asn_mode", UNSET))

        def _parse_call_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_type = _parse_call_type(d.pop("call_type", UNSET))

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

        def _parse_in_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_capacity = _parse_in_capacity(d.pop("in_capacity", UNSET))

        def _parse_in_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_codec = _parse_in_codec(d.pop("in_codec", UNSET))

        def _parse_in_identity_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_identity_format = _parse_in_identity_format(d.pop("in_identity_format", UNSET))

        def _parse_in_identity_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_identity_mode = _parse_in_identity_mode(d.pop("in_identity_mode", UNSET))

        def _parse_in_ip_profile_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_ip_profile_sid = _parse_in_ip_profile_sid(d.pop("in_ip_profile_sid", UNSET))

        def _parse_in_rfc_4694_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_rfc_4694_mode = _parse_in_rfc_4694_mode(d.pop("in_rfc_4694_mode", UNSET))

        def _parse_location_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_sid = _parse_location_sid(d.pop("location_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_out_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        out_capacity = _parse_out_capacity(d.pop("out_capacity", UNSET))

        def _parse_out_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_codec = _parse_out_codec(d.pop("out_codec", UNSET))

        def _parse_out_identity_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_identity_mode = _parse_out_identity_mode(d.pop("out_identity_mode", UNSET))

        def _parse_out_ip_profile_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_ip_profile_sid = _parse_out_ip_profile_sid(d.pop("out_ip_profile_sid", UNSET))

        def _parse_out_rfc_4694_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_rfc_4694_mode = _parse_out_rfc_4694_mode(d.pop("out_rfc_4694_mode", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_relay_sip_headers(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                relay_sip_headers_type_0 = cast(list[Any], data)

                return relay_sip_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        relay_sip_headers = _parse_relay_sip_headers(d.pop("relay_sip_headers", UNSET))

        def _parse_transformations(data: object) -> list[TrunkTransformation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transformations_type_0 = []
                _transformations_type_0 = data
                for transformations_type_0_item_data in _transformations_type_0:
                    transformations_type_0_item = TrunkTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_trunk_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_sid = _parse_trunk_sid(d.pop("trunk_sid", UNSET))

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        trunk = cls(
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

        trunk.additional_properties = d
        return trunk

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
