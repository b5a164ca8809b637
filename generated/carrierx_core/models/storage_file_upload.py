"""StorageFileUpload: Multipart upload: the file data plus its File fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, File, Unset

if TYPE_CHECKING:
    from .storage_file_create import StorageFileCreate, StorageFileCreateParams

_FIELDS: tuple[rt.Field, ...] = (
    ("data", "data", rt.FILE),
    ("file_object", "file_object", rt.model_reader("carrierx_core.models.storage_file_create", "StorageFileCreate")),
)
_LOAD = rt.model_loader(_FIELDS, ("data",), True)


@_attrs_define(init=False)
class StorageFileUpload:
    """Multipart upload: the file data plus its File fields.

    Attributes:
        data: The file content.
        file_object: File fields accepted with an upload (the `file_object` part).
    """

    data: File | None
    file_object: StorageFileCreate | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        data: File,
        file_object: StorageFileCreate | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.data = rt.given(self, "data", data)
        self.file_object = rt.given(self, "file_object", file_object)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)

    def to_multipart(self) -> list[Any]:
        """The model as multipart form fields (files as file parts)."""
        return rt.dump_multipart(self, _FIELDS)


StorageFileUploadFieldName = Literal[
    "data",
    "file_object",
]
"""The names of `StorageFileUpload`'s fields, for typed filters, orders and field lists."""


class StorageFileUploadParams(TypedDict, total=False):
    data: Required[File | bytes | IO[bytes] | tuple[str, bytes, str]]
    file_object: StorageFileCreate | StorageFileCreateParams | None
