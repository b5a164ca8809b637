"""StorageContainer: A storage container that holds files."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .storage_content_classification import StorageContentClassification
from .storage_durability_class import StorageDurabilityClass

if TYPE_CHECKING:
    from .storage_container_external_attributes import StorageContainerExternalAttributes

_FIELDS: tuple[rt.Field, ...] = (
    ("allow_publish", "allow_publish", bool),
    (
        "allowed_classifications",
        "allowed_classifications",
        rt.list_reader(rt.enum_reader(StorageContentClassification)),
    ),
    ("available_bytes_percent", "available_bytes_percent", int),
    ("available_files_percent", "available_files_percent", int),
    (
        "blocked_classifications",
        "blocked_classifications",
        rt.list_reader(rt.enum_reader(StorageContentClassification)),
    ),
    ("container_sid", "container_sid", str),
    ("default_file_lifecycle_action", "default_file_lifecycle_action", str),
    ("default_file_lifecycle_ttl", "default_file_lifecycle_ttl", int),
    ("default_file_publish", "default_file_publish", str),
    ("default_file_threshold_include", "default_file_threshold_include", bool),
    ("default_file_unique", "default_file_unique", bool),
    ("durability_class", "durability_class", rt.enum_reader(StorageDurabilityClass)),
    ("encrypted", "encrypted", bool),
    (
        "external_attributes",
        "external_attributes",
        rt.model_reader(
            "carrierx_core.models.storage_container_external_attributes", "StorageContainerExternalAttributes"
        ),
    ),
    ("integer_key_1", "integer_key_1", int),
    ("integer_key_2", "integer_key_2", int),
    ("name", "name", str),
    ("parent_container_sid", "parent_container_sid", str),
    ("partner_sid", "partner_sid", str),
    ("publish_domain", "publish_domain", str),
    ("quota_bytes", "quota_bytes", int),
    ("quota_files", "quota_files", int),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
    ("string_key_3", "string_key_3", str),
    ("string_key_4", "string_key_4", str),
    ("threshold_action", "threshold_action", str),
    ("threshold_available_bytes_percent", "threshold_available_bytes_percent", int),
    ("threshold_available_files_percent", "threshold_available_files_percent", int),
    ("threshold_bytes", "threshold_bytes", int),
    ("threshold_bytes_target", "threshold_bytes_target", int),
    ("threshold_files", "threshold_files", int),
    ("threshold_files_target", "threshold_files_target", int),
    ("threshold_grace_period", "threshold_grace_period", int),
    ("threshold_total_bytes", "threshold_total_bytes", int),
    ("threshold_total_files", "threshold_total_files", int),
    ("total_bytes", "total_bytes", int),
    ("total_files", "total_files", int),
    ("type_", "type", str),
    ("unique", "unique", bool),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class StorageContainer:
    """A storage container that holds files.

    Attributes:
        allow_publish: Whether files in the container may be published (default true).
        allowed_classifications: Only files of these classes are accepted.
        available_bytes_percent: Share of the byte quota still free.
        available_files_percent: Share of the file quota still free.
        blocked_classifications: Files of these classes are rejected.
        container_sid: Container SID.
        default_file_lifecycle_action: Default `lifecycle_action` of new files (default no_action).
        default_file_lifecycle_ttl: Default `lifecycle_ttl` of new files (default -1).
        default_file_publish: Default `publish` of new files (default file_sid).
        default_file_threshold_include: Default `threshold_include` of new files (default true).
        default_file_unique: Default `unique` of new files (default false).
        durability_class: durability_class
        encrypted: Whether the container is encrypted.
        external_attributes: external_attributes
        integer_key_1: User-defined integer key.
        integer_key_2: User-defined integer key.
        name: Container name.
        parent_container_sid: SID of the parent container.
        partner_sid: SID of the owning partner.
        publish_domain: Base URL published files are served from.
        quota_bytes: Byte quota.
        quota_files: File-count quota.
        string_key_1: User-defined string key.
        string_key_2: User-defined string key.
        string_key_3: User-defined string key.
        string_key_4: User-defined string key.
        threshold_action: Action taken when a threshold is reached.
        threshold_available_bytes_percent: Threshold on the free byte share.
        threshold_available_files_percent: Threshold on the free file share.
        threshold_bytes: Byte threshold.
        threshold_bytes_target: Byte target after the threshold action.
        threshold_files: File-count threshold.
        threshold_files_target: File-count target after the threshold action.
        threshold_grace_period: Grace period of the threshold action.
        threshold_total_bytes: Bytes counted against the thresholds.
        threshold_total_files: Files counted against the thresholds.
        total_bytes: Bytes stored.
        total_files: Files stored.
        type_: Storage type (`internal` in the samples).
        unique: Whether the container is unique.
    """

    allow_publish: bool | None
    allowed_classifications: list[StorageContentClassification] | None
    available_bytes_percent: int | None
    available_files_percent: int | None
    blocked_classifications: list[StorageContentClassification] | None
    container_sid: str | None
    default_file_lifecycle_action: str | None
    default_file_lifecycle_ttl: int | None
    default_file_publish: str | None
    default_file_threshold_include: bool | None
    default_file_unique: bool | None
    durability_class: StorageDurabilityClass | None
    encrypted: bool | None
    external_attributes: StorageContainerExternalAttributes | None
    integer_key_1: int | None
    integer_key_2: int | None
    name: str | None
    parent_container_sid: str | None
    partner_sid: str | None
    publish_domain: str | None
    quota_bytes: int | None
    quota_files: int | None
    string_key_1: str | None
    string_key_2: str | None
    string_key_3: str | None
    string_key_4: str | None
    threshold_action: str | None
    threshold_available_bytes_percent: int | None
    threshold_available_files_percent: int | None
    threshold_bytes: int | None
    threshold_bytes_target: int | None
    threshold_files: int | None
    threshold_files_target: int | None
    threshold_grace_period: int | None
    threshold_total_bytes: int | None
    threshold_total_files: int | None
    total_bytes: int | None
    total_files: int | None
    type_: str | None
    unique: bool | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        allow_publish: bool | None | Unset = UNSET,
        allowed_classifications: list[StorageContentClassification] | None | Unset = UNSET,
        available_bytes_percent: int | None | Unset = UNSET,
        available_files_percent: int | None | Unset = UNSET,
        blocked_classifications: list[StorageContentClassification] | None | Unset = UNSET,
        container_sid: str | None | Unset = UNSET,
        default_file_lifecycle_action: str | None | Unset = UNSET,
        default_file_lifecycle_ttl: int | None | Unset = UNSET,
        default_file_publish: str | None | Unset = UNSET,
        default_file_threshold_include: bool | None | Unset = UNSET,
        default_file_unique: bool | None | Unset = UNSET,
        durability_class: StorageDurabilityClass | None | Unset = UNSET,
        encrypted: bool | None | Unset = UNSET,
        external_attributes: StorageContainerExternalAttributes | None | Unset = UNSET,
        integer_key_1: int | None | Unset = UNSET,
        integer_key_2: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_container_sid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        publish_domain: str | None | Unset = UNSET,
        quota_bytes: int | None | Unset = UNSET,
        quota_files: int | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        string_key_3: str | None | Unset = UNSET,
        string_key_4: str | None | Unset = UNSET,
        threshold_action: str | None | Unset = UNSET,
        threshold_available_bytes_percent: int | None | Unset = UNSET,
        threshold_available_files_percent: int | None | Unset = UNSET,
        threshold_bytes: int | None | Unset = UNSET,
        threshold_bytes_target: int | None | Unset = UNSET,
        threshold_files: int | None | Unset = UNSET,
        threshold_files_target: int | None | Unset = UNSET,
        threshold_grace_period: int | None | Unset = UNSET,
        threshold_total_bytes: int | None | Unset = UNSET,
        threshold_total_files: int | None | Unset = UNSET,
        total_bytes: int | None | Unset = UNSET,
        total_files: int | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        unique: bool | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.allow_publish = rt.given(self, "allow_publish", allow_publish)
        self.allowed_classifications = rt.given(self, "allowed_classifications", allowed_classifications)
        self.available_bytes_percent = rt.given(self, "available_bytes_percent", available_bytes_percent)
        self.available_files_percent = rt.given(self, "available_files_percent", available_files_percent)
        self.blocked_classifications = rt.given(self, "blocked_classifications", blocked_classifications)
        self.container_sid = rt.given(self, "container_sid", container_sid)
        self.default_file_lifecycle_action = rt.given(
            self, "default_file_lifecycle_action", default_file_lifecycle_action
        )
        self.default_file_lifecycle_ttl = rt.given(self, "default_file_lifecycle_ttl", default_file_lifecycle_ttl)
        self.default_file_publish = rt.given(self, "default_file_publish", default_file_publish)
        self.default_file_threshold_include = rt.given(
            self, "default_file_threshold_include", default_file_threshold_include
        )
        self.default_file_unique = rt.given(self, "default_file_unique", default_file_unique)
        self.durability_class = rt.given(self, "durability_class", durability_class)
        self.encrypted = rt.given(self, "encrypted", encrypted)
        self.external_attributes = rt.given(self, "external_attributes", external_attributes)
        self.integer_key_1 = rt.given(self, "integer_key_1", integer_key_1)
        self.integer_key_2 = rt.given(self, "integer_key_2", integer_key_2)
        self.name = rt.given(self, "name", name)
        self.parent_container_sid = rt.given(self, "parent_container_sid", parent_container_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.publish_domain = rt.given(self, "publish_domain", publish_domain)
        self.quota_bytes = rt.given(self, "quota_bytes", quota_bytes)
        self.quota_files = rt.given(self, "quota_files", quota_files)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)
        self.string_key_3 = rt.given(self, "string_key_3", string_key_3)
        self.string_key_4 = rt.given(self, "string_key_4", string_key_4)
        self.threshold_action = rt.given(self, "threshold_action", threshold_action)
        self.threshold_available_bytes_percent = rt.given(
            self, "threshold_available_bytes_percent", threshold_available_bytes_percent
        )
        self.threshold_available_files_percent = rt.given(
            self, "threshold_available_files_percent", threshold_available_files_percent
        )
        self.threshold_bytes = rt.given(self, "threshold_bytes", threshold_bytes)
        self.threshold_bytes_target = rt.given(self, "threshold_bytes_target", threshold_bytes_target)
        self.threshold_files = rt.given(self, "threshold_files", threshold_files)
        self.threshold_files_target = rt.given(self, "threshold_files_target", threshold_files_target)
        self.threshold_grace_period = rt.given(self, "threshold_grace_period", threshold_grace_period)
        self.threshold_total_bytes = rt.given(self, "threshold_total_bytes", threshold_total_bytes)
        self.threshold_total_files = rt.given(self, "threshold_total_files", threshold_total_files)
        self.total_bytes = rt.given(self, "total_bytes", total_bytes)
        self.total_files = rt.given(self, "total_files", total_files)
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


StorageContainerFieldName = Literal[
    "allow_publish",
    "allowed_classifications",
    "available_bytes_percent",
    "available_files_percent",
    "blocked_classifications",
    "container_sid",
    "default_file_lifecycle_action",
    "default_file_lifecycle_ttl",
    "default_file_publish",
    "default_file_threshold_include",
    "default_file_unique",
    "durability_class",
    "encrypted",
    "external_attributes",
    "integer_key_1",
    "integer_key_2",
    "name",
    "parent_container_sid",
    "partner_sid",
    "publish_domain",
    "quota_bytes",
    "quota_files",
    "string_key_1",
    "string_key_2",
    "string_key_3",
    "string_key_4",
    "threshold_action",
    "threshold_available_bytes_percent",
    "threshold_available_files_percent",
    "threshold_bytes",
    "threshold_bytes_target",
    "threshold_files",
    "threshold_files_target",
    "threshold_grace_period",
    "threshold_total_bytes",
    "threshold_total_files",
    "total_bytes",
    "total_files",
    "type",
    "unique",
]
"""The names of `StorageContainer`'s fields, for typed filters, orders and field lists."""
