from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_content_classification import StorageContentClassification
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_container_external_attributes import StorageContainerExternalAttributes


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
        encrypted (bool | Unset): Whether the container is encrypted.
        external_attributes (StorageContainerExternalAttributes | Unset): Settings of an external storage backend.
        integer_key_1 (int | Unset): User-defined integer key.
        integer_key_2 (int | Unset): User-defined integer key.
        name (str | Unset): Container name.
        parent_container_sid (str | Unset): SID of the parent container.
        partner_sid (str | Unset): SID of the owning partner.
        publish_domain (str | Unset): Base URL published files are served from.
        quota_bytes (int | Unset): Byte quota.
        quota_files (int | Unset): File-count quota.
        string_key_1 (str | Unset): User-defined string key.
        string_key_2 (str | Unset): User-defined string key.
        string_key_3 (str | Unset): User-defined string key.
        string_key_4 (str | Unset): User-defined string key.
        threshold_action (str | Unset): Action taken when a threshold is reached.
        threshold_available_bytes_percent (int | Unset): Threshold on the free byte share.
        threshold_available_files_percent (int | Unset): Threshold on the free file share.
        threshold_bytes (int | Unset): Byte threshold.
        threshold_bytes_target (int | Unset): Byte target after the threshold action.
        threshold_files (int | Unset): File-count threshold.
        threshold_files_target (int | Unset): File-count target after the threshold action.
        threshold_grace_period (int | Unset): Grace period of the threshold action.
        threshold_total_bytes (int | Unset): Bytes counted against the thresholds.
        threshold_total_files (int | Unset): Files counted against the thresholds.
        total_bytes (int | Unset): Bytes stored.
        total_files (int | Unset): Files stored.
        type_ (str | Unset): Storage type (`internal` in the samples).
        unique (bool | Unset): Whether the container is unique.
    """

    allow_publish: bool | Unset = UNSET
    allowed_classifications: list[StorageContentClassification] | Unset = UNSET
    blocked_classifications: list[StorageContentClassification] | Unset = UNSET
    default_file_lifecycle_action: str | Unset = UNSET
    default_file_lifecycle_ttl: int | Unset = UNSET
    default_file_publish: str | Unset = UNSET
    default_file_threshold_include: bool | Unset = UNSET
    default_file_unique: bool | Unset = UNSET
    encrypted: bool | Unset = UNSET
    external_attributes: StorageContainerExternalAttributes | Unset = UNSET
    integer_key_1: int | Unset = UNSET
    integer_key_2: int | Unset = UNSET
    name: str | Unset = UNSET
    parent_container_sid: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    publish_domain: str | Unset = UNSET
    quota_bytes: int | Unset = UNSET
    quota_files: int | Unset = UNSET
    string_key_1: str | Unset = UNSET
    string_key_2: str | Unset = UNSET
    string_key_3: str | Unset = UNSET
    string_key_4: str | Unset = UNSET
    threshold_action: str | Unset = UNSET
    threshold_available_bytes_percent: int | Unset = UNSET
    threshold_available_files_percent: int | Unset = UNSET
    threshold_bytes: int | Unset = UNSET
    threshold_bytes_target: int | Unset = UNSET
    threshold_files: int | Unset = UNSET
    threshold_files_target: int | Unset = UNSET
    threshold_grace_period: int | Unset = UNSET
    threshold_total_bytes: int | Unset = UNSET
    threshold_total_files: int | Unset = UNSET
    total_bytes: int | Unset = UNSET
    total_files: int | Unset = UNSET
    type_: str | Unset = UNSET
    unique: bool | Unset = UNSET
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

        encrypted = self.encrypted

        external_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_attributes, Unset):
            external_attributes = self.external_attributes.to_dict()

        integer_key_1 = self.integer_key_1

        integer_key_2 = self.integer_key_2

        name = self.name

        parent_container_sid = self.parent_container_sid

        partner_sid = self.partner_sid

        publish_domain = self.publish_domain

        quota_bytes = self.quota_bytes

        quota_files = self.quota_files

        string_key_1 = self.string_key_1

        string_key_2 = self.string_key_2

        string_key_3 = self.string_key_3

        string_key_4 = self.string_key_4

        threshold_action = self.threshold_action

        threshold_available_bytes_percent = self.threshold_available_bytes_percent

        threshold_available_files_percent = self.threshold_available_files_percent

        threshold_bytes = self.threshold_bytes

        threshold_bytes_target = self.threshold_bytes_target

        threshold_files = self.threshold_files

        threshold_files_target = self.threshold_files_target

        threshold_grace_period = self.threshold_grace_period

        threshold_total_bytes = self.threshold_total_bytes

        threshold_total_files = self.threshold_total_files

        total_bytes = self.total_bytes

        total_files = self.total_files

        type_ = self.type_

        unique = self.unique

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
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if external_attributes is not UNSET:
            field_dict["external_attributes"] = external_attributes
        if integer_key_1 is not UNSET:
            field_dict["integer_key_1"] = integer_key_1
        if integer_key_2 is not UNSET:
            field_dict["integer_key_2"] = integer_key_2
        if name is not UNSET:
            field_dict["name"] = name
        if parent_container_sid is not UNSET:
            field_dict["parent_container_sid"] = parent_container_sid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if publish_domain is not UNSET:
            field_dict["publish_domain"] = publish_domain
        if quota_bytes is not UNSET:
            field_dict["quota_bytes"] = quota_bytes
        if quota_files is not UNSET:
            field_dict["quota_files"] = quota_files
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if string_key_3 is not UNSET:
            field_dict["string_key_3"] = string_key_3
        if string_key_4 is not UNSET:
            field_dict["string_key_4"] = string_key_4
        if threshold_action is not UNSET:
            field_dict["threshold_action"] = threshold_action
        if threshold_available_bytes_percent is not UNSET:
            field_dict["threshold_available_bytes_percent"] = threshold_available_bytes_percent
        if threshold_available_files_percent is not UNSET:
            field_dict["threshold_available_files_percent"] = threshold_available_files_percent
        if threshold_bytes is not UNSET:
            field_dict["threshold_bytes"] = threshold_bytes
        if threshold_bytes_target is not UNSET:
            field_dict["threshold_bytes_target"] = threshold_bytes_target
        if threshold_files is not UNSET:
            field_dict["threshold_files"] = threshold_files
        if threshold_files_target is not UNSET:
            field_dict["threshold_files_target"] = threshold_files_target
        if threshold_grace_period is not UNSET:
            field_dict["threshold_grace_period"] = threshold_grace_period
        if threshold_total_bytes is not UNSET:
            field_dict["threshold_total_bytes"] = threshold_total_bytes
        if threshold_total_files is not UNSET:
            field_dict["threshold_total_files"] = threshold_total_files
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes
        if total_files is not UNSET:
            field_dict["total_files"] = total_files
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_container_external_attributes import StorageContainerExternalAttributes  # noqa: PLC0415

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

        encrypted = d.pop("encrypted", UNSET)

        _external_attributes = d.pop("external_attributes", UNSET)
        external_attributes: StorageContainerExternalAttributes | Unset
        if isinstance(_external_attributes, Unset):
            external_attributes = UNSET
        else:
            external_attributes = StorageContainerExternalAttributes.from_dict(_external_attributes)

        integer_key_1 = d.pop("integer_key_1", UNSET)

        integer_key_2 = d.pop("integer_key_2", UNSET)

        name = d.pop("name", UNSET)

        parent_container_sid = d.pop("parent_container_sid", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        publish_domain = d.pop("publish_domain", UNSET)

        quota_bytes = d.pop("quota_bytes", UNSET)

        quota_files = d.pop("quota_files", UNSET)

        string_key_1 = d.pop("string_key_1", UNSET)

        string_key_2 = d.pop("string_key_2", UNSET)

        string_key_3 = d.pop("string_key_3", UNSET)

        string_key_4 = d.pop("string_key_4", UNSET)

        threshold_action = d.pop("threshold_action", UNSET)

        threshold_available_bytes_percent = d.pop("threshold_available_bytes_percent", UNSET)

        threshold_available_files_percent = d.pop("threshold_available_files_percent", UNSET)

        threshold_bytes = d.pop("threshold_bytes", UNSET)

        threshold_bytes_target = d.pop("threshold_bytes_target", UNSET)

        threshold_files = d.pop("threshold_files", UNSET)

        threshold_files_target = d.pop("threshold_files_target", UNSET)

        threshold_grace_period = d.pop("threshold_grace_period", UNSET)

        threshold_total_bytes = d.pop("threshold_total_bytes", UNSET)

        threshold_total_files = d.pop("threshold_total_files", UNSET)

        total_bytes = d.pop("total_bytes", UNSET)

        total_files = d.pop("total_files", UNSET)

        type_ = d.pop("type", UNSET)

        unique = d.pop("unique", UNSET)

        storage_container_update = cls(
            allow_publish=allow_publish,
            allowed_classifications=allowed_classifications,
            blocked_classifications=blocked_classifications,
            default_file_lifecycle_action=default_file_lifecycle_action,
            default_file_lifecycle_ttl=default_file_lifecycle_ttl,
            default_file_publish=default_file_publish,
            default_file_threshold_include=default_file_threshold_include,
            default_file_unique=default_file_unique,
            encrypted=encrypted,
            external_attributes=external_attributes,
            integer_key_1=integer_key_1,
            integer_key_2=integer_key_2,
            name=name,
            parent_container_sid=parent_container_sid,
            partner_sid=partner_sid,
            publish_domain=publish_domain,
            quota_bytes=quota_bytes,
            quota_files=quota_files,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            string_key_3=string_key_3,
            string_key_4=string_key_4,
            threshold_action=threshold_action,
            threshold_available_bytes_percent=threshold_available_bytes_percent,
            threshold_available_files_percent=threshold_available_files_percent,
            threshold_bytes=threshold_bytes,
            threshold_bytes_target=threshold_bytes_target,
            threshold_files=threshold_files,
            threshold_files_target=threshold_files_target,
            threshold_grace_period=threshold_grace_period,
            threshold_total_bytes=threshold_total_bytes,
            threshold_total_files=threshold_total_files,
            total_bytes=total_bytes,
            total_files=total_files,
            type_=type_,
            unique=unique,
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
