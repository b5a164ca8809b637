"""StorageFileUpdate: File fields to change (PATCH); send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .storage_file_bitrate import StorageFileBitrate

_FIELDS: tuple[rt.Field, ...] = (
    ("container_sid", "container_sid", str),
    ("desired_bitrate", "desired_bitrate", rt.enum_reader(StorageFileBitrate)),
    ("desired_format", "desired_format", str),
    ("file_access_name", "file_access_name", str),
    ("integer_key_1", "integer_key_1", int),
    ("integer_key_2", "integer_key_2", int),
    ("lifecycle_action", "lifecycle_action", str),
    ("lifecycle_ttl", "lifecycle_ttl", int),
    ("mime_type", "mime_type", str),
    ("name", "name", str),
    ("parent_file_sid", "parent_file_sid", str),
    ("partner_sid", "partner_sid", str),
    ("publish", "publish", str),
    ("publish_uri", "publish_uri", str),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
    ("string_key_3", "string_key_3", str),
    ("string_key_4", "string_key_4", str),
    ("threshold_include", "threshold_include", bool),
    ("type_", "type", str),
    ("unique", "unique", bool),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class StorageFileUpdate:
    """File fields to change (PATCH); send only what changes.

    Attributes:
        container_sid: SID of the container holding the file.
        desired_bitrate: Bit rate (kbit/s) for MP3 files.
        desired_format: Format to transcode audio/video to; null means no transcoding.
        file_access_name: Path of the file in the container (default: SID plus extension).
        integer_key_1: User-defined integer key.
        integer_key_2: User-defined integer key.
        lifecycle_action: Action applied when the lifecycle TTL ends (`no_action` in the samples).
        lifecycle_ttl: Lifetime driving the lifecycle action; -1 means none.
        mime_type: MIME type of the file.
        name: File name.
        parent_file_sid: SID of the file this one derives from.
        partner_sid: SID of the owning partner.
        publish: How the file is published (`file_sid` in the samples).
        publish_uri: URL the published file is served at.
        string_key_1: User-defined string key.
        string_key_2: User-defined string key.
        string_key_3: User-defined string key.
        string_key_4: User-defined string key.
        threshold_include: Whether the file counts against container thresholds.
        type_: Kind of object (`file` in the samples).
        unique: Whether the file is unique.
    """

    container_sid: str | None
    desired_bitrate: StorageFileBitrate | None
    desired_format: str | None
    file_access_name: str | None
    integer_key_1: int | None
    integer_key_2: int | None
    lifecycle_action: str | None
    lifecycle_ttl: int | None
    mime_type: str | None
    name: str | None
    parent_file_sid: str | None
    partner_sid: str | None
    publish: str | None
    publish_uri: str | None
    string_key_1: str | None
    string_key_2: str | None
    string_key_3: str | None
    string_key_4: str | None
    threshold_include: bool | None
    type_: str | None
    unique: bool | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        container_sid: str | None | Unset = UNSET,
        desired_bitrate: StorageFileBitrate | None | Unset = UNSET,
        desired_format: str | None | Unset = UNSET,
        file_access_name: str | None | Unset = UNSET,
        integer_key_1: int | None | Unset = UNSET,
        integer_key_2: int | None | Unset = UNSET,
        lifecycle_action: str | None | Unset = UNSET,
        lifecycle_ttl: int | None | Unset = UNSET,
        mime_type: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_file_sid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        publish: str | None | Unset = UNSET,
        publish_uri: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        string_key_3: str | None | Unset = UNSET,
        string_key_4: str | None | Unset = UNSET,
        threshold_include: bool | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        unique: bool | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.container_sid = rt.given(self, "container_sid", container_sid)
        self.desired_bitrate = rt.given(self, "desired_bitrate", desired_bitrate)
        self.desired_format = rt.given(self, "desired_format", desired_format)
        self.file_access_name = rt.given(self, "file_access_name", file_access_name)
        self.integer_key_1 = rt.given(self, "integer_key_1", integer_key_1)
        self.integer_key_2 = rt.given(self, "integer_key_2", integer_key_2)
        self.lifecycle_action = rt.given(self, "lifecycle_action", lifecycle_action)
        self.lifecycle_ttl = rt.given(self, "lifecycle_ttl", lifecycle_ttl)
        self.mime_type = rt.given(self, "mime_type", mime_type)
        self.name = rt.given(self, "name", name)
        self.parent_file_sid = rt.given(self, "parent_file_sid", parent_file_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.publish = rt.given(self, "publish", publish)
        self.publish_uri = rt.given(self, "publish_uri", publish_uri)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)
        self.string_key_3 = rt.given(self, "string_key_3", string_key_3)
        self.string_key_4 = rt.given(self, "string_key_4", string_key_4)
        self.threshold_include = rt.given(self, "threshold_include", threshold_include)
        self.type_ = rt.given(self, "type", type_)
        self.unique = rt.given(self, "unique", unique)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


StorageFileUpdateFieldName = Literal[
    "container_sid",
    "desired_bitrate",
    "desired_format",
    "file_access_name",
    "integer_key_1",
    "integer_key_2",
    "lifecycle_action",
    "lifecycle_ttl",
    "mime_type",
    "name",
    "parent_file_sid",
    "partner_sid",
    "publish",
    "publish_uri",
    "string_key_1",
    "string_key_2",
    "string_key_3",
    "string_key_4",
    "threshold_include",
    "type",
    "unique",
]
"""The names of `StorageFileUpdate`'s fields, for typed filters, orders and field lists."""


class StorageFileUpdateParams(TypedDict, total=False):
    container_sid: str | None
    desired_bitrate: StorageFileBitrate | int | None
    desired_format: str | None
    file_access_name: str | None
    integer_key_1: int | None
    integer_key_2: int | None
    lifecycle_action: str | None
    lifecycle_ttl: int | None
    mime_type: str | None
    name: str | None
    parent_file_sid: str | None
    partner_sid: str | None
    publish: str | None
    publish_uri: str | None
    string_key_1: str | None
    string_key_2: str | None
    string_key_3: str | None
    string_key_4: str | None
    threshold_include: bool | None
    type: str | None
    unique: bool | None
