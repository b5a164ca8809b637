"""StorageContainerUpdate: Container fields to change (PATCH); send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .storage_content_classification import StorageContentClassification

_FIELDS: tuple[rt.Field, ...] = (
    ("allow_publish", "allow_publish", bool),
    (
        "allowed_classifications",
        "allowed_classifications",
        rt.list_reader(rt.enum_reader(StorageContentClassification)),
    ),
    (
        "blocked_classifications",
        "blocked_classifications",
        rt.list_reader(rt.enum_reader(StorageContentClassification)),
    ),
    ("default_file_lifecycle_action", "default_file_lifecycle_action", str),
    ("default_file_lifecycle_ttl", "default_file_lifecycle_ttl", int),
    ("default_file_publish", "default_file_publish", str),
    ("default_file_threshold_include", "default_file_threshold_include", bool),
    ("default_file_unique", "default_file_unique", bool),
    ("integer_key_1", "integer_key_1", int),
    ("integer_key_2", "integer_key_2", int),
    ("name", "name", str),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
    ("string_key_3", "string_key_3", str),
    ("string_key_4", "string_key_4", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class StorageContainerUpdate:
    """Container fields to change (PATCH); send only what changes.
    Attributes:
        allow_publish: Whether files in the container may be published (default true).
        allowed_classifications: Only files of these classes are accepted.
        blocked_classifications: Files of these classes are rejected.
        default_file_lifecycle_action: Default `lifecycle_action` of new files (default no_action).
        default_file_lifecycle_ttl: Default `lifecycle_ttl` of new files (default -1).
        default_file_publish: Default `publish` of new files (default file_sid).
        default_file_threshold_include: Default `threshold_include` of new files (default true).
        default_file_unique: Default `unique` of new files (default false).
        integer_key_1: User-defined integer key.
        integer_key_2: User-defined integer key.
        name: Container name.
        string_key_1: User-defined string key.
        string_key_2: User-defined string key.
        string_key_3: User-defined string key.
        string_key_4: User-defined string key.
    """

    allow_publish: bool | None
    allowed_classifications: list[StorageContentClassification] | None
    blocked_classifications: list[StorageContentClassification] | None
    default_file_lifecycle_action: str | None
    default_file_lifecycle_ttl: int | None
    default_file_publish: str | None
    default_file_threshold_include: bool | None
    default_file_unique: bool | None
    integer_key_1: int | None
    integer_key_2: int | None
    name: str | None
    string_key_1: str | None
    string_key_2: str | None
    string_key_3: str | None
    string_key_4: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        allow_publish: bool | None | Unset = UNSET,
        allowed_classifications: list[StorageContentClassification] | None | Unset = UNSET,
        blocked_classifications: list[StorageContentClassification] | None | Unset = UNSET,
        default_file_lifecycle_action: str | None | Unset = UNSET,
        default_file_lifecycle_ttl: int | None | Unset = UNSET,
        default_file_publish: str | None | Unset = UNSET,
        default_file_threshold_include: bool | None | Unset = UNSET,
        default_file_unique: bool | None | Unset = UNSET,
        integer_key_1: int | None | Unset = UNSET,
        integer_key_2: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        string_key_3: str | None | Unset = UNSET,
        string_key_4: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.allow_publish = rt.given(self, "allow_publish", allow_publish)
        self.allowed_classifications = rt.given(self, "allowed_classifications", allowed_classifications)
        self.blocked_classifications = rt.given(self, "blocked_classifications", blocked_classifications)
        self.default_file_lifecycle_action = rt.given(
            self, "default_file_lifecycle_action", default_file_lifecycle_action
        )
        self.default_file_lifecycle_ttl = rt.given(self, "default_file_lifecycle_ttl", default_file_lifecycle_ttl)
        self.default_file_publish = rt.given(self, "default_file_publish", default_file_publish)
        self.default_file_threshold_include = rt.given(
            self, "default_file_threshold_include", default_file_threshold_include
        )
        self.default_file_unique = rt.given(self, "default_file_unique", default_file_unique)
        self.integer_key_1 = rt.given(self, "integer_key_1", integer_key_1)
        self.integer_key_2 = rt.given(self, "integer_key_2", integer_key_2)
        self.name = rt.given(self, "name", name)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)
        self.string_key_3 = rt.given(self, "string_key_3", string_key_3)
        self.string_key_4 = rt.given(self, "string_key_4", string_key_4)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


class StorageContainerUpdateParams(TypedDict, total=False):
    allow_publish: bool | None
    allowed_classifications: list[StorageContentClassification | str] | None
    blocked_classifications: list[StorageContentClassification | str] | None
    default_file_lifecycle_action: str | None
    default_file_lifecycle_ttl: int | None
    default_file_publish: str | None
    default_file_threshold_include: bool | None
    default_file_unique: bool | None
    integer_key_1: int | None
    integer_key_2: int | None
    name: str | None
    string_key_1: str | None
    string_key_2: str | None
    string_key_3: str | None
    string_key_4: str | None
