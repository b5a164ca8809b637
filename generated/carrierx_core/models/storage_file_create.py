from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_file_bitrate import StorageFileBitrate
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageFileCreate")


@_attrs_define
class StorageFileCreate:
    """File fields accepted with an upload (the `file_object` part).

    Attributes:
        container_sid (str | Unset): SID of the container holding the file.
        desired_bitrate (StorageFileBitrate | Unset): Bit rate (kbit/s) for MP3 files.
        desired_format (str | Unset): Format to transcode audio/video to; null means no transcoding.
        file_access_name (str | Unset): Path of the file in the container (default: SID plus extension).
        integer_key_1 (int | Unset): User-defined integer key.
        integer_key_2 (int | Unset): User-defined integer key.
        lifecycle_action (str | Unset): Action applied when the lifecycle TTL ends (`no_action` in the samples).
        lifecycle_ttl (int | Unset): Lifetime driving the lifecycle action; -1 means none.
        mime_type (str | Unset): MIME type of the file.
        name (str | Unset): File name.
        parent_file_sid (str | Unset): SID of the file this one derives from.
        partner_sid (str | Unset): SID of the owning partner.
        publish (str | Unset): How the file is published (`file_sid` in the samples).
        publish_uri (str | Unset): URL the published file is served at.
        string_key_1 (str | Unset): User-defined string key.
        string_key_2 (str | Unset): User-defined string key.
        string_key_3 (str | Unset): User-defined string key.
        string_key_4 (str | Unset): User-defined string key.
        threshold_include (bool | Unset): Whether the file counts against container thresholds.
        type_ (str | Unset): Kind of object (`file` in the samples).
        unique (bool | Unset): Whether the file is unique.
    """

    container_sid: str | Unset = UNSET
    desired_bitrate: StorageFileBitrate | Unset = UNSET
    desired_format: str | Unset = UNSET
    file_access_name: str | Unset = UNSET
    integer_key_1: int | Unset = UNSET
    integer_key_2: int | Unset = UNSET
    lifecycle_action: str | Unset = UNSET
    lifecycle_ttl: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_file_sid: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    publish: str | Unset = UNSET
    publish_uri: str | Unset = UNSET
    string_key_1: str | Unset = UNSET
    string_key_2: str | Unset = UNSET
    string_key_3: str | Unset = UNSET
    string_key_4: str | Unset = UNSET
    threshold_include: bool | Unset = UNSET
    type_: str | Unset = UNSET
    unique: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_sid = self.container_sid

        desired_bitrate: int | Unset = UNSET
        if not isinstance(self.desired_bitrate, Unset):
            desired_bitrate = self.desired_bitrate.value

        desired_format = self.desired_format

        file_access_name = self.file_access_name

        integer_key_1 = self.integer_key_1

        integer_key_2 = self.integer_key_2

        lifecycle_action = self.lifecycle_action

        lifecycle_ttl = self.lifecycle_ttl

        mime_type = self.mime_type

        name = self.name

        parent_file_sid = self.parent_file_sid

        partner_sid = self.partner_sid

        publish = self.publish

        publish_uri = self.publish_uri

        string_key_1 = self.string_key_1

        string_key_2 = self.string_key_2

        string_key_3 = self.string_key_3

        string_key_4 = self.string_key_4

        threshold_include = self.threshold_include

        type_ = self.type_

        unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_sid is not UNSET:
            field_dict["container_sid"] = container_sid
        if desired_bitrate is not UNSET:
            field_dict["desired_bitrate"] = desired_bitrate
        if desired_format is not UNSET:
            field_dict["desired_format"] = desired_format
        if file_access_name is not UNSET:
            field_dict["file_access_name"] = file_access_name
        if integer_key_1 is not UNSET:
            field_dict["integer_key_1"] = integer_key_1
        if integer_key_2 is not UNSET:
            field_dict["integer_key_2"] = integer_key_2
        if lifecycle_action is not UNSET:
            field_dict["lifecycle_action"] = lifecycle_action
        if lifecycle_ttl is not UNSET:
            field_dict["lifecycle_ttl"] = lifecycle_ttl
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if name is not UNSET:
            field_dict["name"] = name
        if parent_file_sid is not UNSET:
            field_dict["parent_file_sid"] = parent_file_sid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if publish is not UNSET:
            field_dict["publish"] = publish
        if publish_uri is not UNSET:
            field_dict["publish_uri"] = publish_uri
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if string_key_3 is not UNSET:
            field_dict["string_key_3"] = string_key_3
        if string_key_4 is not UNSET:
            field_dict["string_key_4"] = string_key_4
        if threshold_include is not UNSET:
            field_dict["threshold_include"] = threshold_include
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_sid = d.pop("container_sid", UNSET)

        _desired_bitrate = d.pop("desired_bitrate", UNSET)
        desired_bitrate: StorageFileBitrate | Unset
        if isinstance(_desired_bitrate, Unset):
            desired_bitrate = UNSET
        else:
            desired_bitrate = StorageFileBitrate(_desired_bitrate)

        desired_format = d.pop("desired_format", UNSET)

        file_access_name = d.pop("file_access_name", UNSET)

        integer_key_1 = d.pop("integer_key_1", UNSET)

        integer_key_2 = d.pop("integer_key_2", UNSET)

        lifecycle_action = d.pop("lifecycle_action", UNSET)

        lifecycle_ttl = d.pop("lifecycle_ttl", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        name = d.pop("name", UNSET)

        parent_file_sid = d.pop("parent_file_sid", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        publish = d.pop("publish", UNSET)

        publish_uri = d.pop("publish_uri", UNSET)

        string_key_1 = d.pop("string_key_1", UNSET)

        string_key_2 = d.pop("string_key_2", UNSET)

        string_key_3 = d.pop("string_key_3", UNSET)

        string_key_4 = d.pop("string_key_4", UNSET)

        threshold_include = d.pop("threshold_include", UNSET)

        type_ = d.pop("type", UNSET)

        unique = d.pop("unique", UNSET)

        storage_file_create = cls(
            container_sid=container_sid,
            desired_bitrate=desired_bitrate,
            desired_format=desired_format,
            file_access_name=file_access_name,
            integer_key_1=integer_key_1,
            integer_key_2=integer_key_2,
            lifecycle_action=lifecycle_action,
            lifecycle_ttl=lifecycle_ttl,
            mime_type=mime_type,
            name=name,
            parent_file_sid=parent_file_sid,
            partner_sid=partner_sid,
            publish=publish,
            publish_uri=publish_uri,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            string_key_3=string_key_3,
            string_key_4=string_key_4,
            threshold_include=threshold_include,
            type_=type_,
            unique=unique,
        )

        storage_file_create.additional_properties = d
        return storage_file_create

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
