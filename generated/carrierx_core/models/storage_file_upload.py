from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.storage_file_create import StorageFileCreate


T = TypeVar("T", bound="StorageFileUpload")


@_attrs_define
class StorageFileUpload:
    """Multipart upload: the file data plus its File fields.

    Attributes:
        data (File): The file content.
        file_object (StorageFileCreate | Unset): File fields accepted with an upload (the `file_object` part).
    """

    data: File
    file_object: StorageFileCreate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_tuple()

        file_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_object, Unset):
            file_object = self.file_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if file_object is not UNSET:
            field_dict["file_object"] = file_object

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("data", self.data.to_tuple()))

        if not isinstance(self.file_object, Unset):
            files.append(("file_object", (None, json.dumps(self.file_object.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_file_create import StorageFileCreate  # noqa: PLC0415

        d = dict(src_dict)
        data = File(payload=BytesIO(d.pop("data")))

        _file_object = d.pop("file_object", UNSET)
        file_object: StorageFileCreate | Unset
        if isinstance(_file_object, Unset):
            file_object = UNSET
        else:
            file_object = StorageFileCreate.from_dict(_file_object)

        storage_file_upload = cls(
            data=data,
            file_object=file_object,
        )

        storage_file_upload.additional_properties = d
        return storage_file_upload

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
