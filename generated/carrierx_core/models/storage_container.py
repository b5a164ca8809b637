from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_content_classification import StorageContentClassification
from ..models.storage_durability_class import StorageDurabilityClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_container_external_attributes import StorageContainerExternalAttributes


T = TypeVar("T", bound="StorageContainer")


@_attrs_define
class StorageContainer:
    """A storage container that holds files.

    Attributes:
        allow_publish (bool | None | Unset): Whether files in the container may be published (default true).
        allowed_classifications (list[StorageContentClassification] | None | Unset): Only files of these classes are
            accepted.
        available_bytes_percent (int | None | Unset): Share of the byte quota still free.
        available_files_percent (int | None | Unset): Share of the file quota still free.
        blocked_classifications (list[StorageContentClassification] | None | Unset): Files of these classes are
            rejected.
        container_sid (None | str | Unset): Container SID.
        default_file_lifecycle_action (None | str | Unset): Default `lifecycle_action` of new files (default no_action).
        default_file_lifecycle_ttl (int | None | Unset): Default `lifecycle_ttl` of new files (default -1).
        default_file_publish (None | str | Unset): Default `publish` of new files (default file_sid).
        default_file_threshold_include (bool | None | Unset): Default `threshold_include` of new files (default true).
        default_file_unique (bool | None | Unset): Default `unique` of new files (default false).
        durability_class (None | StorageDurabilityClass | Unset):
        encrypted (bool | None | Unset): Whether the container is encrypted.
        external_attributes (None | StorageContainerExternalAttributes | Unset):
        integer_key_1 (int | None | Unset): User-defined integer key.
        integer_key_2 (int | None | Unset): User-defined integer key.
        name (None | str | Unset): Container name.
        parent_container_sid (None | str | Unset): SID of the parent container.
        partner_sid (None | str | Unset): SID of the owning partner.
        publish_domain (None | str | Unset): Base URL published files are served from.
        quota_bytes (int | None | Unset): Byte quota.
        quota_files (int | None | Unset): File-count quota.
        string_key_1 (None | str | Unset): User-defined string key.
        string_key_2 (None | str | Unset): User-defined string key.
        string_key_3 (None | str | Unset): User-defined string key.
        string_key_4 (None | str | Unset): User-defined string key.
        threshold_action (None | str | Unset): Action taken when a threshold is reached.
        threshold_available_bytes_percent (int | None | Unset): Threshold on the free byte share.
        threshold_available_files_percent (int | None | Unset): Threshold on the free file share.
        threshold_bytes (int | None | Unset): Byte threshold.
        threshold_bytes_target (int | None | Unset): Byte target after the threshold action.
        threshold_files (int | None | Unset): File-count threshold.
        threshold_files_target (int | None | Unset): File-count target after the threshold action.
        threshold_grace_period (int | None | Unset): Grace period of the threshold action.
        threshold_total_bytes (int | None | Unset): Bytes counted against the thresholds.
        threshold_total_files (int | None | Unset): Files counted against the thresholds.
        total_bytes (int | None | Unset): Bytes stored.
        total_files (int | None | Unset): Files stored.
        type_ (None | str | Unset): Storage type (`internal` in the samples).
        unique (bool | None | Unset): Whether the container is unique.
    """

    allow_publish: bool | None | Unset = UNSET
    allowed_classifications: list[StorageContentClassification] | None | Unset = UNSET
    available_bytes_percent: int | None | Unset = UNSET
    available_files_percent: int | None | Unset = UNSET
    blocked_classifications: list[StorageContentClassification] | None | Unset = UNSET
    container_sid: None | str | Unset = UNSET
    default_file_lifecycle_action: None | str | Unset = UNSET
    default_file_lifecycle_ttl: int | None | Unset = UNSET
    default_file_publish: None | str | Unset = UNSET
    default_file_threshold_include: bool | None | Unset = UNSET
    default_file_unique: bool | None | Unset = UNSET
    durability_class: None | StorageDurabilityClass | Unset = UNSET
    encrypted: bool | None | Unset = UNSET
    external_attributes: None | StorageContainerExternalAttributes | Unset = UNSET
    integer_key_1: int | None | Unset = UNSET
    integer_key_2: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_container_sid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    publish_domain: None | str | Unset = UNSET
    quota_bytes: int | None | Unset = UNSET
    quota_files: int | None | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    string_key_3: None | str | Unset = UNSET
    string_key_4: None | str | Unset = UNSET
    threshold_action: None | str | Unset = UNSET
    threshold_available_bytes_percent: int | None | Unset = UNSET
    threshold_available_files_percent: int | None | Unset = UNSET
    threshold_bytes: int | None | Unset = UNSET
    threshold_bytes_target: int | None | Unset = UNSET
    threshold_files: int | None | Unset = UNSET
    threshold_files_target: int | None | Unset = UNSET
    threshold_grace_period: int | None | Unset = UNSET
    threshold_total_bytes: int | None | Unset = UNSET
    threshold_total_files: int | None | Unset = UNSET
    total_bytes: int | None | Unset = UNSET
    total_files: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    unique: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.storage_container_external_attributes import StorageContainerExternalAttributes  # noqa: PLC0415

        allow_publish: bool | None | Unset
        if isinstance(self.allow_publish, Unset):
            allow_publish = UNSET
        else:
            allow_publish = self.allow_publish

        allowed_classifications: list[str] | None | Unset
        if isinstance(self.allowed_classifications, Unset):
            allowed_classifications = UNSET
        elif isinstance(self.allowed_classifications, list):
            allowed_classifications = []
            for allowed_classifications_type_0_item_data in self.allowed_classifications:
                allowed_classifications_type_0_item = allowed_classifications_type_0_item_data.value
                allowed_classifications.append(allowed_classifications_type_0_item)

        else:
            allowed_classifications = self.allowed_classifications

        available_bytes_percent: int | None | Unset
        if isinstance(self.available_bytes_percent, Unset):
            available_bytes_percent = UNSET
        else:
            available_bytes_percent = self.available_bytes_percent

        available_files_percent: int | None | Unset
        if isinstance(self.available_files_percent, Unset):
            available_files_percent = UNSET
        else:
            available_files_percent = self.available_files_percent

        blocked_classifications: list[str] | None | Unset
        if isinstance(self.blocked_classifications, Unset):
            blocked_classifications = UNSET
        elif isinstance(self.blocked_classifications, list):
            blocked_classifications = []
            for blocked_classifications_type_0_item_data in self.blocked_classifications:
                blocked_classifications_type_0_item = blocked_classifications_type_0_item_data.value
                blocked_classifications.append(blocked_classifications_type_0_item)

        else:
            blocked_classifications = self.blocked_classifications

        container_sid: None | str | Unset
        if isinstance(self.container_sid, Unset):
            container_sid = UNSET
        else:
            container_sid = self.container_sid

        default_file_lifecycle_action: None | str | Unset
        if isinstance(self.default_file_lifecycle_action, Unset):
            default_file_lifecycle_action = UNSET
        else:
            default_file_lifecycle_action = self.default_file_lifecycle_action

        default_file_lifecycle_ttl: int | None | Unset
        if isinstance(self.default_file_lifecycle_ttl, Unset):
            default_file_lifecycle_ttl = UNSET
        else:
            default_file_lifecycle_ttl = self.default_file_lifecycle_ttl

        default_file_publish: None | str | Unset
        if isinstance(self.default_file_publish, Unset):
            default_file_publish = UNSET
        else:
            default_file_publish = self.default_file_publish

        default_file_threshold_include: bool | None | Unset
        if isinstance(self.default_file_threshold_include, Unset):
            default_file_threshold_include = UNSET
        else:
            default_file_threshold_include = self.default_file_threshold_include

        default_file_unique: bool | None | Unset
        if isinstance(self.default_file_unique, Unset):
            default_file_unique = UNSET
        else:
            default_file_unique = self.default_file_unique

        durability_class: None | str | Unset
        if isinstance(self.durability_class, Unset):
            durability_class = UNSET
        elif isinstance(self.durability_class, StorageDurabilityClass):
            durability_class = self.durability_class.value
        else:
            durability_class = self.durability_class

        encrypted: bool | None | Unset
        if isinstance(self.encrypted, Unset):
            encrypted = UNSET
        else:
            encrypted = self.encrypted

        external_attributes: dict[str, Any] | None | Unset
        if isinstance(self.external_attributes, Unset):
            external_attributes = UNSET
        elif isinstance(self.external_attributes, StorageContainerExternalAttributes):
            external_attributes = self.external_attributes.to_dict()
        else:
            external_attributes = self.external_attributes

        integer_key_1: int | None | Unset
        if isinstance(self.integer_key_1, Unset):
            integer_key_1 = UNSET
        else:
            integer_key_1 = self.integer_key_1

        integer_key_2: int | None | Unset
        if isinstance(self.integer_key_2, Unset):
            integer_key_2 = UNSET
        else:
            integer_key_2 = self.integer_key_2

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_container_sid: None | str | Unset
        if isinstance(self.parent_container_sid, Unset):
            parent_container_sid = UNSET
        else:
            parent_container_sid = self.parent_container_sid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        publish_domain: None | str | Unset
        if isinstance(self.publish_domain, Unset):
            publish_domain = UNSET
        else:
            publish_domain = self.publish_domain

        quota_bytes: int | None | Unset
        if isinstance(self.quota_bytes, Unset):
            quota_bytes = UNSET
        else:
            quota_bytes = self.quota_bytes

        quota_files: int | None | Unset
        if isinstance(self.quota_files, Unset):
            quota_files = UNSET
        else:
            quota_files = self.quota_files

        string_key_1: None | str | Unset
        if isinstance(self.string_key_1, Unset):
            string_key_1 = UNSET
        else:
            string_key_1 = self.string_key_1

        string_key_2: None | str | Unset
        if isinstance(self.string_key_2, Unset):
            string_key_2 = UNSET
        else:
            string_key_2 = self.string_key_2

        string_key_3: None | str | Unset
        if isinstance(self.string_key_3, Unset):
            string_key_3 = UNSET
        else:
            string_key_3 = self.string_key_3

        string_key_4: None | str | Unset
        if isinstance(self.string_key_4, Unset):
            string_key_4 = UNSET
        else:
            string_key_4 = self.string_key_4

        threshold_action: None | str | Unset
        if isinstance(self.threshold_action, Unset):
            threshold_action = UNSET
        else:
            threshold_action = self.threshold_action

        threshold_available_bytes_percent: int | None | Unset
        if isinstance(self.threshold_available_bytes_percent, Unset):
            threshold_available_bytes_percent = UNSET
        else:
            threshold_available_bytes_percent = self.threshold_available_bytes_percent

        threshold_available_files_percent: int | None | Unset
        if isinstance(self.threshold_available_files_percent, Unset):
            threshold_available_files_percent = UNSET
        else:
            threshold_available_files_percent = self.threshold_available_files_percent

        threshold_bytes: int | None | Unset
        if isinstance(self.threshold_bytes, Unset):
            threshold_bytes = UNSET
        else:
            threshold_bytes = self.threshold_bytes

        threshold_bytes_target: int | None | Unset
        if isinstance(self.threshold_bytes_target, Unset):
            threshold_bytes_target = UNSET
        else:
            threshold_bytes_target = self.threshold_bytes_target

        threshold_files: int | None | Unset
        if isinstance(self.threshold_files, Unset):
            threshold_files = UNSET
        else:
            threshold_files = self.threshold_files

        threshold_files_target: int | None | Unset
        if isinstance(self.threshold_files_target, Unset):
            threshold_files_target = UNSET
        else:
            threshold_files_target = self.threshold_files_target

        threshold_grace_period: int | None | Unset
        if isinstance(self.threshold_grace_period, Unset):
            threshold_grace_period = UNSET
        else:
            threshold_grace_period = self.threshold_grace_period

        threshold_total_bytes: int | None | Unset
        if isinstance(self.threshold_total_bytes, Unset):
            threshold_total_bytes = UNSET
        else:
            threshold_total_bytes = self.threshold_total_bytes

        threshold_total_files: int | None | Unset
        if isinstance(self.threshold_total_files, Unset):
            threshold_total_files = UNSET
        else:
            threshold_total_files = self.threshold_total_files

        total_bytes: int | None | Unset
        if isinstance(self.total_bytes, Unset):
            total_bytes = UNSET
        else:
            total_bytes = self.total_bytes

        total_files: int | None | Unset
        if isinstance(self.total_files, Unset):
            total_files = UNSET
        else:
            total_files = self.total_files

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        unique: bool | None | Unset
        if isinstance(self.unique, Unset):
            unique = UNSET
        else:
            unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_publish is not UNSET:
            field_dict["allow_publish"] = allow_publish
        if allowed_classifications is not UNSET:
            field_dict["allowed_classifications"] = allowed_classifications
        if available_bytes_percent is not UNSET:
            field_dict["available_bytes_percent"] = available_bytes_percent
        if available_files_percent is not UNSET:
            field_dict["available_files_percent"] = available_files_percent
        if blocked_classifications is not UNSET:
            field_dict["blocked_classifications"] = blocked_classifications
        if container_sid is not UNSET:
            field_dict["container_sid"] = container_sid
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
        if durability_class is not UNSET:
            field_dict["durability_class"] = durability_class
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

        def _parse_allow_publish(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_publish = _parse_allow_publish(d.pop("allow_publish", UNSET))

        def _parse_allowed_classifications(data: object) -> list[StorageContentClassification] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_classifications_type_0 = []
                _allowed_classifications_type_0 = data
                for allowed_classifications_type_0_item_data in _allowed_classifications_type_0:
                    allowed_classifications_type_0_item = StorageContentClassification(
                        allowed_classifications_type_0_item_data
                    )

                    allowed_classifications_type_0.append(allowed_classifications_type_0_item)

                return allowed_classifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StorageContentClassification] | None | Unset, data)

        allowed_classifications = _parse_allowed_classifications(d.pop("allowed_classifications", UNSET))

        def _parse_available_bytes_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_bytes_percent = _parse_available_bytes_percent(d.pop("available_bytes_percent", UNSET))

        def _parse_available_files_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_files_percent = _parse_available_files_percent(d.pop("available_files_percent", UNSET))

        def _parse_blocked_classifications(data: object) -> list[StorageContentClassification] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_classifications_type_0 = []
                _blocked_classifications_type_0 = data
                for blocked_classifications_type_0_item_data in _blocked_classifications_type_0:
                    blocked_classifications_type_0_item = StorageContentClassification(
                        blocked_classifications_type_0_item_data
                    )

                    blocked_classifications_type_0.append(blocked_classifications_type_0_item)

                return blocked_classifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StorageContentClassification] | None | Unset, data)

        blocked_classifications = _parse_blocked_classifications(d.pop("blocked_classifications", UNSET))

        def _parse_container_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_sid = _parse_container_sid(d.pop("container_sid", UNSET))

        def _parse_default_file_lifecycle_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_file_lifecycle_action = _parse_default_file_lifecycle_action(
            d.pop("default_file_lifecycle_action", UNSET)
        )

        def _parse_default_file_lifecycle_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_file_lifecycle_ttl = _parse_default_file_lifecycle_ttl(d.pop("default_file_lifecycle_ttl", UNSET))

        def _parse_default_file_publish(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_file_publish = _parse_default_file_publish(d.pop("default_file_publish", UNSET))

        def _parse_default_file_threshold_include(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_file_threshold_include = _parse_default_file_threshold_include(
            d.pop("default_file_threshold_include", UNSET)
        )

        def _parse_default_file_unique(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_file_unique = _parse_default_file_unique(d.pop("default_file_unique", UNSET))

        def _parse_durability_class(data: object) -> None | StorageDurabilityClass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                durability_class_type_0 = StorageDurabilityClass(data)

                return durability_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageDurabilityClass | Unset, data)

        durability_class = _parse_durability_class(d.pop("durability_class", UNSET))

        def _parse_encrypted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        encrypted = _parse_encrypted(d.pop("encrypted", UNSET))

        def _parse_external_attributes(data: object) -> None | StorageContainerExternalAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_attributes_type_0 = StorageContainerExternalAttributes.from_dict(data)

                return external_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageContainerExternalAttributes | Unset, data)

        external_attributes = _parse_external_attributes(d.pop("external_attributes", UNSET))

        def _parse_integer_key_1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integer_key_1 = _parse_integer_key_1(d.pop("integer_key_1", UNSET))

        def _parse_integer_key_2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integer_key_2 = _parse_integer_key_2(d.pop("integer_key_2", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_parent_container_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_container_sid = _parse_parent_container_sid(d.pop("parent_container_sid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_publish_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_domain = _parse_publish_domain(d.pop("publish_domain", UNSET))

        def _parse_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_bytes = _parse_quota_bytes(d.pop("quota_bytes", UNSET))

        def _parse_quota_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_files = _parse_quota_files(d.pop("quota_files", UNSET))

        def _parse_string_key_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_1 = _parse_string_key_1(d.pop("string_key_1", UNSET))

        def _parse_string_key_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_2 = _parse_string_key_2(d.pop("string_key_2", UNSET))

        def _parse_string_key_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_3 = _parse_string_key_3(d.pop("string_key_3", UNSET))

        def _parse_string_key_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_4 = _parse_string_key_4(d.pop("string_key_4", UNSET))

        def _parse_threshold_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_action = _parse_threshold_action(d.pop("threshold_action", UNSET))

        def _parse_threshold_available_bytes_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_available_bytes_percent = _parse_threshold_available_bytes_percent(
            d.pop("threshold_available_bytes_percent", UNSET)
        )

        def _parse_threshold_available_files_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_available_files_percent = _parse_threshold_available_files_percent(
            d.pop("threshold_available_files_percent", UNSET)
        )

        def _parse_threshold_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_bytes = _parse_threshold_bytes(d.pop("threshold_bytes", UNSET))

        def _parse_threshold_bytes_target(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_bytes_target = _parse_threshold_bytes_target(d.pop("threshold_bytes_target", UNSET))

        def _parse_threshold_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_files = _parse_threshold_files(d.pop("threshold_files", UNSET))

        def _parse_threshold_files_target(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_files_target = _parse_threshold_files_target(d.pop("threshold_files_target", UNSET))

        def _parse_threshold_grace_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_grace_period = _parse_threshold_grace_period(d.pop("threshold_grace_period", UNSET))

        def _parse_threshold_total_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_total_bytes = _parse_threshold_total_bytes(d.pop("threshold_total_bytes", UNSET))

        def _parse_threshold_total_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_total_files = _parse_threshold_total_files(d.pop("threshold_total_files", UNSET))

        def _parse_total_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_bytes = _parse_total_bytes(d.pop("total_bytes", UNSET))

        def _parse_total_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_files = _parse_total_files(d.pop("total_files", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_unique(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unique = _parse_unique(d.pop("unique", UNSET))

        storage_container = cls(
            allow_publish=allow_publish,
            allowed_classifications=allowed_classifications,
            available_bytes_percent=available_bytes_percent,
            available_files_percent=available_files_percent,
            blocked_classifications=blocked_classifications,
            container_sid=container_sid,
            default_file_lifecycle_action=default_file_lifecycle_action,
            default_file_lifecycle_ttl=default_file_lifecycle_ttl,
            default_file_publish=default_file_publish,
            default_file_threshold_include=default_file_threshold_include,
            default_file_unique=default_file_unique,
            durability_class=durability_class,
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

        storage_container.additional_properties = d
        return storage_container

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
