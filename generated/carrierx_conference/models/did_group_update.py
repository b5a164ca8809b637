from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue


T = TypeVar("T", bound="DidGroupUpdate")


@_attrs_define
class DidGroupUpdate:
    """DID group fields to change (PUT changes only what is sent).

    Attributes:
        attributes (list[AttributeValue] | Unset): Setting overrides.
        call_flow_id (int | Unset): ID of the call flow.
        description (str | Unset):
        name (str | Unset):
    """

    attributes: list[AttributeValue] | Unset = UNSET
    call_flow_id: int | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        call_flow_id = self.call_flow_id

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if call_flow_id is not UNSET:
            field_dict["callFlowId"] = call_flow_id
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        call_flow_id = d.pop("callFlowId", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        did_group_update = cls(
            attributes=attributes,
            call_flow_id=call_flow_id,
            description=description,
            name=name,
        )

        did_group_update.additional_properties = d
        return did_group_update

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
