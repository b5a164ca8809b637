from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_address_input import EndpointAddressInput
    from ..models.endpoint_attributes import EndpointAttributes
    from ..models.endpoint_properties_input import EndpointPropertiesInput
    from ..models.endpoint_transformation import EndpointTransformation


T = TypeVar("T", bound="EndpointUpdate")


@_attrs_define
class EndpointUpdate:
    """Endpoint fields to change (PATCH); nested objects are merged.

    Attributes:
        addresses (list[EndpointAddressInput] | Unset):
        attributes (EndpointAttributes | Unset): Free-form endpoint attributes.
        auth_required (bool | Unset): Whether authentication is required.
        capacity (int | Unset):
        name (str | Unset):
        out_sip_password (str | Unset):
        out_sip_username (str | Unset):
        partner_sid (str | Unset):
        properties (EndpointPropertiesInput | Unset): Type-specific endpoint settings as sent in a request.
        transformations (list[EndpointTransformation] | Unset):
        type_ (EndpointType | Unset): Kind of endpoint.
    """

    addresses: list[EndpointAddressInput] | Unset = UNSET
    attributes: EndpointAttributes | Unset = UNSET
    auth_required: bool | Unset = UNSET
    capacity: int | Unset = UNSET
    name: str | Unset = UNSET
    out_sip_password: str | Unset = UNSET
    out_sip_username: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    properties: EndpointPropertiesInput | Unset = UNSET
    transformations: list[EndpointTransformation] | Unset = UNSET
    type_: EndpointType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        auth_required = self.auth_required

        capacity = self.capacity

        name = self.name

        out_sip_password = self.out_sip_password

        out_sip_username = self.out_sip_username

        partner_sid = self.partner_sid

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        if name is not UNSET:
            field_dict["name"] = name
        if out_sip_password is not UNSET:
            field_dict["out_sip_password"] = out_sip_password
        if out_sip_username is not UNSET:
            field_dict["out_sip_username"] = out_sip_username
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_address_input import EndpointAddressInput  # noqa: PLC0415
        from ..models.endpoint_attributes import EndpointAttributes  # noqa: PLC0415
        from ..models.endpoint_properties_input import EndpointPropertiesInput  # noqa: PLC0415
        from ..models.endpoint_transformation import EndpointTransformation  # noqa: PLC0415

        d = dict(src_dict)
        _addresses = d.pop("addresses", UNSET)
        addresses: list[EndpointAddressInput] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = EndpointAddressInput.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: EndpointAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = EndpointAttributes.from_dict(_attributes)

        auth_required = d.pop("auth_required", UNSET)

        capacity = d.pop("capacity", UNSET)

        name = d.pop("name", UNSET)

        out_sip_password = d.pop("out_sip_password", UNSET)

        out_sip_username = d.pop("out_sip_username", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: EndpointPropertiesInput | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EndpointPropertiesInput.from_dict(_properties)

        _transformations = d.pop("transformations", UNSET)
        transformations: list[EndpointTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = EndpointTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        _type_ = d.pop("type", UNSET)
        type_: EndpointType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EndpointType(_type_)

        endpoint_update = cls(
            addresses=addresses,
            attributes=attributes,
            auth_required=auth_required,
            capacity=capacity,
            name=name,
            out_sip_password=out_sip_password,
            out_sip_username=out_sip_username,
            partner_sid=partner_sid,
            properties=properties,
            transformations=transformations,
            type_=type_,
        )

        endpoint_update.additional_properties = d
        return endpoint_update

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
