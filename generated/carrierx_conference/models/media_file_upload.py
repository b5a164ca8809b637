"""MediaFileUpload: The media file to upload."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import File

_FIELDS: tuple[rt.Field, ...] = (("file", "file", rt.FILE),)
_LOAD = rt.model_loader(_FIELDS, ("file",), True)


@_attrs_define(init=False)
class MediaFileUpload:
    """The media file to upload.

    Attributes:
        file: The file content.
    """

    file: File | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        file: File,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.file = rt.given(self, "file", file)

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


MediaFileUploadFieldName = Literal["file",]
"""The names of `MediaFileUpload`'s fields, for typed filters, orders and field lists."""


class MediaFileUploadParams(TypedDict, total=False):
    file: Required[File | bytes | IO[bytes] | tuple[str, bytes, str]]
