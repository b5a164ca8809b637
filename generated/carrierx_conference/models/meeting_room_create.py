from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue
    from ..models.did_group_reference_input import DidGroupReferenceInput
    from ..models.keychain_entry import KeychainEntry


T = TypeVar("T", bound="MeetingRoomCreate")


@_attrs_define
class MeetingRoomCreate:
    """Fields to create a meeting room.

    Attributes:
        primary_did_group_id (int): ID of the main DID group.
        attributes (list[AttributeValue] | Unset): Setting overrides.
        description (str | Unset):
        did_group_references (list[DidGroupReferenceInput] | Unset):
        keychain (list[KeychainEntry] | Unset): Access codes with their roles.
        meeting_number (int | Unset): Meeting number.
    """

    primary_did_group_id: int
    attributes: list[AttributeValue] | Unset = UNSET
    description: str | Unset = UNSET
    did_group_references: list[DidGroupReferenceInput] | Unset = UNSET
    keychain: list[KeychainEntry] | Unset = UNSET
    meeting_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_did_group_id = self.primary_did_group_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        description = self.description

        did_group_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.did_group_references, Unset):
            did_group_references = []
            for did_group_references_item_data in self.did_group_references:
                did_group_references_item = did_group_references_item_data.to_dict()
                did_group_references.append(did_group_references_item)

        keychain: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keychain, Unset):
            keychain = []
            for keychain_item_data in self.keychain:
                keychain_item = keychain_item_data.to_dict()
                keychain.append(keychain_item)

        meeting_number = self.meeting_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primaryDidGroupId": primary_did_group_id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description
        if did_group_references is not UNSET:
            field_dict["didGroupReferences"] = did_group_references
        if keychain is not UNSET:
            field_dict["keychain"] = keychain
        if meeting_number is not UNSET:
            field_dict["meetingNumber"] = meeting_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415
        from ..models.did_group_reference_input import DidGroupReferenceInput  # noqa: PLC0415
        from ..models.keychain_entry import KeychainEntry  # noqa: PLC0415

        d = dict(src_dict)
        primary_did_group_id = d.pop("primaryDidGroupId")

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AttributeValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AttributeValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        description = d.pop("description", UNSET)

        _did_group_references = d.pop("didGroupReferences", UNSET)
        did_group_references: list[DidGroupReferenceInput] | Unset = UNSET
        if _did_group_references is not UNSET:
            did_group_references = []
            for did_group_references_item_data in _did_group_references:
                did_group_references_item = DidGroupReferenceInput.from_dict(did_group_references_item_data)

                did_group_references.append(did_group_references_item)

        _keychain = d.pop("keychain", UNSET)
        keychain: list[KeychainEntry] | Unset = UNSET
        if _keychain is not UNSET:
            keychain = []
            for keychain_item_data in _keychain:
                keychain_item = KeychainEntry.from_dict(keychain_item_data)

                keychain.append(keychain_item)

        meeting_number = d.pop("meetingNumber", UNSET)

        meeting_room_create = cls(
            primary_did_group_id=primary_did_group_id,
            attributes=attributes,
            description=description,
            did_group_references=did_group_references,
            keychain=keychain,
            meeting_number=meeting_number,
        )

        meeting_room_create.additional_properties = d
        return meeting_room_create

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
