from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_address import EndpointAddress
    from ..models.endpoint_attributes import EndpointAttributes
    from ..models.endpoint_properties import EndpointProperties
    from ..models.endpoint_transformation import EndpointTransformation
    from ..models.partner import Partner


T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """A SIP device or a hosted CarrierX application that can receive calls. For application endpoints, `properties`
    carries the login, password and api_url of that application's API.

        Attributes:
            addresses (list[EndpointAddress] | None | Unset):
            attributes (EndpointAttributes | None | Unset):
            auth_required (bool | None | Unset): Whether authentication is required.
            capacity (int | None | Unset): Maximum simultaneous inbound calls.
            cps_limit (int | None | Unset): Maximum outbound calls per second; 0 or null means unlimited.
            endpoint_sid (None | str | Unset): Endpoint secure ID.
            name (None | str | Unset): Endpoint name.
            out_sip_password (None | str | Unset): Proxy-authentication password used when the address has no sip_password.
            out_sip_username (None | str | Unset): Proxy-authentication user name used when the address has no sip_username.
            partner (None | Partner | Unset): The owning partner; only with `with_related=true`.
            partner_sid (None | str | Unset): Secure ID of the owning partner.
            properties (EndpointProperties | None | Unset):
            transformations (list[EndpointTransformation] | None | Unset):
            type_ (EndpointType | None | Unset):
            voip_token (None | str | Unset): Endpoint authentication token.
    """

    addresses: list[EndpointAddress] | None | Unset = UNSET
    attributes: EndpointAttributes | None | Unset = UNSET
    auth_required: bool | None | Unset = UNSET
    capacity: int | None | Unset = UNSET
    cps_limit: int | None | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    out_sip_password: None | str | Unset = UNSET
    out_sip_username: None | str | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    properties: EndpointProperties | None | Unset = UNSET
    transformations: list[EndpointTransformation] | None | Unset = UNSET
    type_: EndpointType | None | Unset = UNSET
    voip_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_attributes import EndpointAttributes  # noqa: PLC0415
        from ..models.endpoint_properties import EndpointProperties  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, EndpointAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        auth_required: bool | None | Unset
        if isinstance(self.auth_required, Unset):
            auth_required = UNSET
        else:
            auth_required = self.auth_required

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        cps_limit: int | None | Unset
        if isinstance(self.cps_limit, Unset):
            cps_limit = UNSET
        else:
            cps_limit = self.cps_limit

        endpoint_sid: None | str | Unset
        if isinstance(self.endpoint_sid, Unset):
            endpoint_sid = UNSET
        else:
            endpoint_sid = self.endpoint_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        out_sip_password: None | str | Unset
        if isinstance(self.out_sip_password, Unset):
            out_sip_password = UNSET
        else:
            out_sip_password = self.out_sip_password

        out_sip_username: None | str | Unset
        if isinstance(self.out_sip_username, Unset):
            out_sip_username = UNSET
        else:
            out_sip_username = self.out_sip_username

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, EndpointProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EndpointType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        voip_token: None | str | Unset
        if isinstance(self.voip_token, Unset):
            voip_token = UNSET
        else:
            voip_token = self.voip_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if auth_required is not UNSET:
            field_dict["auth_required"] = auth_required
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if cps_limit is not UNSET:
            field_dict["cps_limit"] = cps_limit
        if endpoint_sid is not UNSET:
            field_dict["endpoint_sid"] = endpoint_sid
        if name is not UNSET:
            field_dict["name"] = name
        if out_sip_password is not UNSET:
            field_dict["out_sip_password"] = out_sip_password
        if out_sip_username is not UNSET:
            field_dict["out_sip_username"] = out_sip_username
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voip_token is not UNSET:
            field_dict["voip_token"] = voip_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_address import EndpointAddress  # noqa: PLC0415
        from ..models.endpoint_attributes import EndpointAttributes  # noqa: PLC0415
        from ..models.endpoint_properties import EndpointProperties  # noqa: PLC0415
        from ..models.endpoint_transformation import EndpointTransformation  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_addresses(data: object) -> list[EndpointAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = EndpointAddress.from_dict(addresses_type_0_item_data)

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointAddress] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        def _parse_attributes(data: object) -> EndpointAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = EndpointAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_auth_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auth_required = _parse_auth_required(d.pop("auth_required", UNSET))

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        def _parse_cps_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cps_limit = _parse_cps_limit(d.pop("cps_limit", UNSET))

        def _parse_endpoint_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid = _parse_endpoint_sid(d.pop("endpoint_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_out_sip_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_sip_password = _parse_out_sip_password(d.pop("out_sip_password", UNSET))

        def _parse_out_sip_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_sip_username = _parse_out_sip_username(d.pop("out_sip_username", UNSET))

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_properties(data: object) -> EndpointProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = EndpointProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointProperties | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_transformations(data: object) -> list[EndpointTransformation] | None | Unset:
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
                    transformations_type_0_item = EndpointTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_type_(data: object) -> EndpointType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = EndpointType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_voip_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voip_token = _parse_voip_token(d.pop("voip_token", UNSET))

        endpoint = cls(
            addresses=addresses,
            attributes=attributes,
            auth_required=auth_required,
            capacity=capacity,
            cps_limit=cps_limit,
            endpoint_sid=endpoint_sid,
            name=name,
            out_sip_password=out_sip_password,
            out_sip_username=out_sip_username,
            partner=partner,
            partner_sid=partner_sid,
            properties=properties,
            transformations=transformations,
            type_=type_,
            voip_token=voip_token,
        )

        endpoint.additional_properties = d
        return endpoint

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
