"""MediaFileUpload: The media file to upload."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import File

_KEYS = (("file", "file"),)
_REQUIRED: tuple[str, ...] = ("file",)


@_attrs_define(init=False)
class MediaFileUpload:
    """The media file to upload.
    Attributes:
        file: The file content.
    """

    file: File | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

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
        data = dict(src)
        self = cls.__new__(cls)
        self.file = rt.read_field(cls, data, "file", rt.FILE, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)

    def to_multipart(self) -> list[Any]:
        """The model as multipart form fields (files as file parts)."""
        return rt.dump_multipart(self, _KEYS)


class MediaFileUploadParams(TypedDict, total=False):
    file: Required[File | bytes | IO[bytes] | tuple[str, bytes, str]]
