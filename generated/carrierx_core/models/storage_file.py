from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_content_classification import StorageContentClassification
from ..models.storage_file_bitrate import StorageFileBitrate
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageFile")


@_attrs_define
class StorageFile:
    """A file stored in a container.

    Attributes:
        container_sid (None | str | Unset): SID of the container holding the file.
        content_classification (None | StorageContentClassification | Unset):
        content_duration (float | None | Unset): Duration of the media content.
        content_format (None | str | Unset): Format of the uploaded content.
        content_transcoding_progress (int | None | Unset): Progress of transcoding.
        date_last_accessed (datetime.datetime | None | Unset): When the data was last downloaded (updated at most once a
            minute).
        date_modified (datetime.datetime | None | Unset): When the file was last changed.
        desired_bitrate (None | StorageFileBitrate | Unset): Bit rate wanted for MP3 audio.
        desired_format (None | str | Unset): Format to transcode audio/video to; null means no transcoding.
        file_access_name (None | str | Unset): Path of the file in the container (default: SID plus extension).
        file_bytes (int | None | Unset): File size in bytes.
        file_sid (None | str | Unset): File SID.
        integer_key_1 (int | None | Unset): User-defined integer key.
        integer_key_2 (int | None | Unset): User-defined integer key.
        lifecycle_action (None | str | Unset): Action applied when the lifecycle TTL ends (`no_action` in the samples).
        lifecycle_ttl (int | None | Unset): Lifetime driving the lifecycle action; -1 means none.
        mime_type (None | str | Unset): MIME type of the file.
        name (None | str | Unset): File name.
        parent_file_sid (None | str | Unset): SID of the file this one derives from.
        partner_sid (None | str | Unset): SID of the owning partner.
        publish (None | str | Unset): How the file is published (`file_sid` in the samples).
        publish_uri (None | str | Unset): URL the published file is served at.
        string_key_1 (None | str | Unset): User-defined string key.
        string_key_2 (None | str | Unset): User-defined string key.
        string_key_3 (None | str | Unset): User-defined string key.
        string_key_4 (None | str | Unset): User-defined string key.
        threshold_include (bool | None | Unset): Whether the file counts against container thresholds.
        type_ (None | str | Unset): Kind of object (`file` in the samples).
        unique (bool | None | Unset): Whether the file is unique.
    """

    container_sid: None | str | Unset = UNSET
    content_classification: None | StorageContentClassification | Unset = UNSET
    content_duration: float | None | Unset = UNSET
    content_format: None | str | Unset = UNSET
    content_transcoding_progress: int | None | Unset = UNSET
    date_last_accessed: datetime.datetime | None | Unset = UNSET
    date_modified: datetime.datetime | None | Unset = UNSET
    desired_bitrate: None | StorageFileBitrate | Unset = UNSET
    desired_format: None | str | Unset = UNSET
    file_access_name: None | str | Unset = UNSET
    file_bytes: int | None | Unset = UNSET
    file_sid: None | str | Unset = UNSET
    integer_key_1: int | None | Unset = UNSET
    integer_key_2: int | None | Unset = UNSET
    lifecycle_action: None | str | Unset = UNSET
    lifecycle_ttl: int | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_file_sid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    publish: None | str | Unset = UNSET
    publish_uri: None | str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    string_key_3: None | str | Unset = UNSET
    string_key_4: None | str | Unset = UNSET
    threshold_include: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    unique: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_sid: None | str | Unset
        if isinstance(self.container_sid, Unset):
            container_sid = UNSET
        else:
            container_sid = self.container_sid

        content_classification: None | str | Unset
        if isinstance(self.content_classification, Unset):
            content_classification = UNSET
        elif isinstance(self.content_classification, StorageContentClassification):
            content_classification = self.content_classification.value
        else:
            content_classification = self.content_classification

        content_duration: float | None | Unset
        if isinstance(self.content_duration, Unset):
            content_duration = UNSET
        else:
            content_duration = self.content_duration

        content_format: None | str | Unset
        if isinstance(self.content_format, Unset):
            content_format = UNSET
        else:
            content_format = self.content_format

        content_transcoding_progress: int | None | Unset
        if isinstance(self.content_transcoding_progress, Unset):
            content_transcoding_progress = UNSET
        else:
            content_transcoding_progress = self.content_transcoding_progress

        date_last_accessed: None | str | Unset
        if isinstance(self.date_last_accessed, Unset):
            date_last_accessed = UNSET
        elif isinstance(self.date_last_accessed, datetime.datetime):
            date_last_accessed = self.date_last_accessed.isoformat()
        else:
            date_last_accessed = self.date_last_accessed

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        elif isinstance(self.date_modified, datetime.datetime):
            date_modified = self.date_modified.isoformat()
        else:
            date_modified = self.date_modified

        desired_bitrate: int | None | Unset
        if isinstance(self.desired_bitrate, Unset):
            desired_bitrate = UNSET
        elif isinstance(self.desired_bitrate, StorageFileBitrate):
            desired_bitrate = self.desired_bitrate.value
        else:
            desired_bitrate = self.desired_bitrate

        desired_format: None | str | Unset
        if isinstance(self.desired_format, Unset):
            desired_format = UNSET
        else:
            desired_format = self.desired_format

        file_access_name: None | str | Unset
        if isinstance(self.file_access_name, Unset):
            file_access_name = UNSET
        else:
            file_access_name = self.file_access_name

        file_bytes: int | None | Unset
        if isinstance(self.file_bytes, Unset):
            file_bytes = UNSET
        else:
            file_bytes = self.file_bytes

        file_sid: None | str | Unset
        if isinstance(self.file_sid, Unset):
            file_sid = UNSET
        else:
            file_sid = self.file_sid

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

        lifecycle_action: None | str | Unset
        if isinstance(self.lifecycle_action, Unset):
            lifecycle_action = UNSET
        else:
            lifecycle_action = self.lifecycle_action

        lifecycle_ttl: int | None | Unset
        if isinstance(self.lifecycle_ttl, Unset):
            lifecycle_ttl = UNSET
        else:
            lifecycle_ttl = self.lifecycle_ttl

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_file_sid: None | str | Unset
        if isinstance(self.parent_file_sid, Unset):
            parent_file_sid = UNSET
        else:
            parent_file_sid = self.parent_file_sid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        publish: None | str | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        else:
            publish = self.publish

        publish_uri: None | str | Unset
        if isinstance(self.publish_uri, Unset):
            publish_uri = UNSET
        else:
            publish_uri = self.publish_uri

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

        threshold_include: bool | None | Unset
        if isinstance(self.threshold_include, Unset):
            threshold_include = UNSET
        else:
            threshold_include = self.threshold_include

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
        if container_sid is not UNSET:
            field_dict["container_sid"] = container_sid
        if content_classification is not UNSET:
            field_dict["content_classification"] = content_classification
        if content_duration is not UNSET:
            field_dict["content_duration"] = content_duration
        if content_format is not UNSET:
            field_dict["content_format"] = content_format
        if content_transcoding_progress is not UNSET:
            field_dict["content_transcoding_progress"] = content_transcoding_progress
        if date_last_accessed is not UNSET:
            field_dict["date_last_accessed"] = date_last_accessed
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if desired_bitrate is not UNSET:
            field_dict["desired_bitrate"] = desired_bitrate
        if desired_format is not UNSET:
            field_dict["desired_format"] = desired_format
        if file_access_name is not UNSET:
            field_dict["file_access_name"] = file_access_name
        if file_bytes is not UNSET:
            field_dict["file_bytes"] = file_bytes
        if file_sid is not UNSET:
            field_dict["file_sid"] = file_sid
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

        def _parse_container_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_sid = _parse_container_sid(d.pop("container_sid", UNSET))

        def _parse_content_classification(data: object) -> None | StorageContentClassification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_classification_type_0 = StorageContentClassification(data)

                return content_classification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageContentClassification | Unset, data)

        content_classification = _parse_content_classification(d.pop("content_classification", UNSET))

        def _parse_content_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        content_duration = _parse_content_duration(d.pop("content_duration", UNSET))

        def _parse_content_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_format = _parse_content_format(d.pop("content_format", UNSET))

        def _parse_content_transcoding_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        content_transcoding_progress = _parse_content_transcoding_progress(d.pop("content_transcoding_progress", UNSET))

        def _parse_date_last_accessed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_accessed_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_accessed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_accessed = _parse_date_last_accessed(d.pop("date_last_accessed", UNSET))

        def _parse_date_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_modified_type_0 = datetime.datetime.fromisoformat(data)

                return date_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_modified = _parse_date_modified(d.pop("date_modified", UNSET))

        def _parse_desired_bitrate(data: object) -> None | StorageFileBitrate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                desired_bitrate_type_0 = StorageFileBitrate(data)

                return desired_bitrate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageFileBitrate | Unset, data)

        desired_bitrate = _parse_desired_bitrate(d.pop("desired_bitrate", UNSET))

        def _parse_desired_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desired_format = _parse_desired_format(d.pop("desired_format", UNSET))

        def _parse_file_access_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_access_name = _parse_file_access_name(d.pop("file_access_name", UNSET))

        def _parse_file_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_bytes = _parse_file_bytes(d.pop("file_bytes", UNSET))

        def _parse_file_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_sid = _parse_file_sid(d.pop("file_sid", UNSET))

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

        def _parse_lifecycle_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lifecycle_action = _parse_lifecycle_action(d.pop("lifecycle_action", UNSET))

        def _parse_lifecycle_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lifecycle_ttl = _parse_lifecycle_ttl(d.pop("lifecycle_ttl", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mime_type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_parent_file_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_file_sid = _parse_parent_file_sid(d.pop("parent_file_sid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_publish(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish = _parse_publish(d.pop("publish", UNSET))

        def _parse_publish_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_uri = _parse_publish_uri(d.pop("publish_uri", UNSET))

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

        def _parse_threshold_include(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        threshold_include = _parse_threshold_include(d.pop("threshold_include", UNSET))

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

        storage_file = cls(
            container_sid=container_sid,
            content_classification=content_classification,
            content_duration=content_duration,
            content_format=content_format,
            content_transcoding_progress=content_transcoding_progress,
            date_last_accessed=date_last_accessed,
            date_modified=date_modified,
            desired_bitrate=desired_bitrate,
            desired_format=desired_format,
            file_access_name=file_access_name,
            file_bytes=file_bytes,
            file_sid=file_sid,
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

        storage_file.additional_properties = d
        return storage_file

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
