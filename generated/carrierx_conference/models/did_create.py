from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue


T = TypeVar("T", bound="DidCreate")


@_attrs_define
class DidCreate:
    """Fields to create a DID.

    Attributes:
        did_group_id (int): ID of the DID group.
        phone_number (str): The phone number.
        attributes (list[AttributeValue] | Unset): Setting overrides.
        description (str | Unset):
    """

    did_group_id: int
    phone_number: str
    attributes: list[AttributeValue] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        did_group_id = self.did_group_id

        phone_number = self.phone_number

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "didGroupId": did_group_id,
                "phoneNumber": phone_number,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        did_group_id = d.pop("didGroupId")

        phone_number = d.pop("phoneNumber")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        description = d.pop("description", UNSET)

        did_create = cls(
            did_group_id=did_group_id,
            phone_number=phone_number,
            attributes=attributes,
            description=description,
        )

        did_create.additional_properties = d
        return did_create

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
