from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute
    from ..models.did_group_reference import DidGroupReference
    from ..models.meeting_key import MeetingKey


T = TypeVar("T", bound="MeetingRoom")


@_attrs_define
class MeetingRoom:
    """A meeting configuration: DID groups, access codes and setting overrides.

    Attributes:
        attributes (list[Attribute] | None | Unset): Setting overrides at the meeting room level.
        created (int | None | Unset): When the room was created (UNIX time, milliseconds).
        description (None | str | Unset): Description.
        did_group_references (list[DidGroupReference] | None | Unset): DID groups whose numbers reach this room.
        keychain (list[MeetingKey] | None | Unset): Access codes and the roles they grant.
        meeting_number (int | None | Unset): Meeting number (not an access code); used in the paths.
        primary_did_group_id (int | None | Unset): ID of the main DID group of the room.
        subscriber_sid (None | str | Unset): Identifier of the subscriber that owns the room.
    """

    attributes: list[Attribute] | None | Unset = UNSET
    created: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    did_group_references: list[DidGroupReference] | None | Unset = UNSET
    keychain: list[MeetingKey] | None | Unset = UNSET
    meeting_number: int | None | Unset = UNSET
    primary_did_group_id: int | None | Unset = UNSET
    subscriber_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        did_group_references: list[dict[str, Any]] | None | Unset
        if isinstance(self.did_group_references, Unset):
            did_group_references = UNSET
        elif isinstance(self.did_group_references, list):
            did_group_references = []
            for did_group_references_type_0_item_data in self.did_group_references:
                did_group_references_type_0_item = did_group_references_type_0_item_data.to_dict()
                did_group_references.append(did_group_references_type_0_item)

        else:
            did_group_references = self.did_group_references

        keychain: list[dict[str, Any]] | None | Unset
        if isinstance(self.keychain, Unset):
            keychain = UNSET
        elif isinstance(self.keychain, list):
            keychain = []
            for keychain_type_0_item_data in self.keychain:
                keychain_type_0_item = keychain_type_0_item_data.to_dict()
                keychain.append(keychain_type_0_item)

        else:
            keychain = self.keychain

        meeting_number: int | None | Unset
        if isinstance(self.meeting_number, Unset):
            meeting_number = UNSET
        else:
            meeting_number = self.meeting_number

        primary_did_group_id: int | None | Unset
        if isinstance(self.primary_did_group_id, Unset):
            primary_did_group_id = UNSET
        else:
            primary_did_group_id = self.primary_did_group_id

        subscriber_sid: None | str | Unset
        if isinstance(self.subscriber_sid, Unset):
            subscriber_sid = UNSET
        else:
            subscriber_sid = self.subscriber_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if did_group_references is not UNSET:
            field_dict["didGroupReferences"] = did_group_references
        if keychain is not UNSET:
            field_dict["keychain"] = keychain
        if meeting_number is not UNSET:
            field_dict["meetingNumber"] = meeting_number
        if primary_did_group_id is not UNSET:
            field_dict["primaryDidGroupId"] = primary_did_group_id
        if subscriber_sid is not UNSET:
            field_dict["subscriberSid"] = subscriber_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute import Attribute  # noqa: PLC0415
        from ..models.did_group_reference import DidGroupReference  # noqa: PLC0415
        from ..models.meeting_key import MeetingKey  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> list[Attribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = Attribute.from_dict(attributes_type_0_item_data)

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attribute] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_did_group_references(data: object) -> list[DidGroupReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                did_group_references_type_0 = []
                _did_group_references_type_0 = data
                for did_group_references_type_0_item_data in _did_group_references_type_0:
                    did_group_references_type_0_item = DidGroupReference.from_dict(
                        did_group_references_type_0_item_data
                    )

                    did_group_references_type_0.append(did_group_references_type_0_item)

                return did_group_references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DidGroupReference] | None | Unset, data)

        did_group_references = _parse_did_group_references(d.pop("didGroupReferences", UNSET))

        def _parse_keychain(data: object) -> list[MeetingKey] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keychain_type_0 = []
                _keychain_type_0 = data
                for keychain_type_0_item_data in _keychain_type_0:
                    keychain_type_0_item = MeetingKey.from_dict(keychain_type_0_item_data)

                    keychain_type_0.append(keychain_type_0_item)

                return keychain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingKey] | None | Unset, data)

        keychain = _parse_keychain(d.pop("keychain", UNSET))

        def _parse_meeting_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_number = _parse_meeting_number(d.pop("meetingNumber", UNSET))

        def _parse_primary_did_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        primary_did_group_id = _parse_primary_did_group_id(d.pop("primaryDidGroupId", UNSET))

        def _parse_subscriber_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscriber_sid = _parse_subscriber_sid(d.pop("subscriberSid", UNSET))

        meeting_room = cls(
            attributes=attributes,
            created=created,
            description=description,
            did_group_references=did_group_references,
            keychain=keychain,
            meeting_number=meeting_number,
            primary_did_group_id=primary_did_group_id,
            subscriber_sid=subscriber_sid,
        )

        meeting_room.additional_properties = d
        return meeting_room

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
