from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_content_classification import StorageContentClassification
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageContainerUpdate")


@_attrs_define
class StorageContainerUpdate:
    """Container fields to change (PATCH); send only what changes.

    Attributes:
        allow_publish (bool | Unset): Whether files in the container may be published (default true).
        allowed_classifications (list[StorageContentClassification] | Unset): Only files of these classes are accepted.
        blocked_classifications (list[StorageContentClassification] | Unset): Files of these classes are rejected.
        default_file_lifecycle_action (str | Unset): Default `lifecycle_action` of new files (default no_action).
        default_file_lifecycle_ttl (int | Unset): Default `lifecycle_ttl` of new files (default -1).
        default_file_publish (str | Unset): Default `publish` of new files (default file_sid).
        default_file_threshold_include (bool | Unset): Default `threshold_include` of new files (default true).
        default_file_unique (bool | Unset): Default `unique` of new files (default false).
        integer_key_1 (int | Unset): User-defined integer key.
        integer_key_2 (int | Unset): User-defined integer key.
        name (str | Unset): Container name.
        string_key_1 (str | Unset): User-defined string key.
        string_key_2 (str | Unset): User-defined string key.
        string_key_3 (str | Unset): User-defined string key.
        string_key_4 (str | Unset): User-defined string key.
    """

    allow_publish: bool | Unset = UNSET
    allowed_classifications: list[StorageContentClassification] | Unset = UNSET
    blocked_classifications: list[StorageContentClassification] | Unset = UNSET
    default_file_lifecycle_action: str | Unset = UNSET
    default_file_lifecycle_ttl: int | Unset = UNSET
    default_file_publish: str | Unset = UNSET
    default_file_threshold_include: bool | Unset = UNSET
    default_file_unique: bool | Unset = UNSET
    integer_key_1: int | Unset = UNSET
    integer_key_2: int | Unset = UNSET
    name: str | Unset = UNSET
    string_key_1: str | Unset = UNSET
    string_key_2: str | Unset = UNSET
    string_key_3: str | Unset = UNSET
    string_key_4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_publish = self.allow_publish

        allowed_classifications: list[str] | Unset = UNSET
        if not isinstance(self.allowed_classifications, Unset):
            allowed_classifications = []
            for allowed_classifications_item_data in self.allowed_classifications:
                allowed_classifications_item = allowed_classifications_item_data.value
                allowed_classifications.append(allowed_classifications_item)

        blocked_classifications: list[str] | Unset = UNSET
        if not isinstance(self.blocked_classifications, Unset):
            blocked_classifications = []
            for blocked_classifications_item_data in self.blocked_classifications:
                blocked_classifications_item = blocked_classifications_item_data.value
                blocked_classifications.append(blocked_classifications_item)

        default_file_lifecycle_action = self.default_file_lifecycle_action

        default_file_lifecycle_ttl = self.default_file_lifecycle_ttl

        default_file_publish = self.default_file_publish

        default_file_threshold_include = self.default_file_threshold_include

        default_file_unique = self.default_file_unique

        integer_key_1 = self.integer_key_1

        integer_key_2 = self.integer_key_2

        name = self.name

        string_key_1 = self.string_key_1

        string_key_2 = self.string_key_2

        string_key_3 = self.string_key_3

        string_key_4 = self.string_key_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_publish is not UNSET:
            field_dict["allow_publish"] = allow_publish
        if allowed_classifications is not UNSET:
            field_dict["allowed_classifications"] = allowed_classifications
        if blocked_classifications is not UNSET:
            field_dict["blocked_classifications"] = blocked_classifications
        if default_file_lifecycle_action is not UNSET:
            field_dict["default_file_lifecycle_action"] = default_file_lifecycle_action
        if default_file_lifecycle_ttl is not UNSET:
            field_dict["default_file_lifecycle_ttl"] = default_file_lifecycle_ttl
        if default_file_publish is not UNSET:
            field_dict["default_file_publish"] = default_file_publish
        if default_file_threshold_include is not UNSET:
            field_dict["default_file_threshold_include"] = default_file_threshold_include
        if default_file_unique is not UNSET:
            field_dict["default_file_unique"] = default_file_unique
        if integer_key_1 is not UNSET:
            field_dict["integer_key_1"] = integer_key_1
        if integer_key_2 is not UNSET:
            field_dict["integer_key_2"] = integer_key_2
        if name is not UNSET:
            field_dict["name"] = name
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if string_key_3 is not UNSET:
            field_dict["string_key_3"] = string_key_3
        if string_key_4 is not UNSET:
            field_dict["string_key_4"] = string_key_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_publish = d.pop("allow_publish", UNSET)

        _allowed_classifications = d.pop("allowed_classifications", UNSET)
        allowed_classifications: list[StorageContentClassification] | Unset = UNSET
        if _allowed_classifications is not UNSET:
            allowed_classifications = []
            for allowed_classifications_item_data in _allowed_classifications:
                allowed_classifications_item = StorageContentClassification(allowed_classifications_item_data)

                allowed_classifications.append(allowed_classifications_item)

        _blocked_classifications = d.pop("blocked_classifications", UNSET)
        blocked_classifications: list[StorageContentClassification] | Unset = UNSET
        if _blocked_classifications is not UNSET:
            blocked_classifications = []
            for blocked_classifications_item_data in _blocked_classifications:
                blocked_classifications_item = StorageContentClassification(blocked_classifications_item_data)

                blocked_classifications.append(blocked_classifications_item)

        default_file_lifecycle_action = d.pop("default_file_lifecycle_action", UNSET)

        default_file_lifecycle_ttl = d.pop("default_file_lifecycle_ttl", UNSET)

        default_file_publish = d.pop("default_file_publish", UNSET)

        default_file_threshold_include = d.pop("default_file_threshold_include", UNSET)

        default_file_unique = d.pop("default_file_unique", UNSET)

        integer_key_1 = d.pop("integer_key_1", UNSET)

        integer_key_2 = d.pop("integer_key_2", UNSET)

        name = d.pop("name", UNSET)

        string_key_1 = d.pop("string_key_1", UNSET)

        string_key_2 = d.pop("string_key_2", UNSET)

        string_key_3 = d.pop("string_key_3", UNSET)

        string_key_4 = d.pop("string_key_4", UNSET)

        storage_container_update = cls(
            allow_publish=allow_publish,
            allowed_classifications=allowed_classifications,
            blocked_classifications=blocked_classifications,
            default_file_lifecycle_action=default_file_lifecycle_action,
            default_file_lifecycle_ttl=default_file_lifecycle_ttl,
            default_file_publish=default_file_publish,
            default_file_threshold_include=default_file_threshold_include,
            default_file_unique=default_file_unique,
            integer_key_1=integer_key_1,
            integer_key_2=integer_key_2,
            name=name,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            string_key_3=string_key_3,
            string_key_4=string_key_4,
        )

        storage_container_update.additional_properties = d
        return storage_container_update

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
