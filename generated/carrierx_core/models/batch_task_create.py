from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_task_method import BatchTaskMethod
from ..models.batch_task_type import BatchTaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_task_data_item import BatchTaskDataItem


T = TypeVar("T", bound="BatchTaskCreate")


@_attrs_define
class BatchTaskCreate:
    """A new batch task. Also required: DELETE needs entries and field; PATCH needs data, entries and field; POST needs
    data (entries and field must be null or left out).

        Attributes:
            method (BatchTaskMethod): What a batch task does with its objects.
            type_ (BatchTaskType): Kind of object a batch task works on.
            data (BatchTaskDataItem | list[BatchTaskDataItem] | Unset): Values to apply: one object for PATCH tasks, a list
                of objects (one per new object) for POST tasks.
            entries (list[str] | Unset): Values of `field` selecting the objects.
            field (str | Unset): The object field that `entries` refers to.
            review (bool | Unset): Hold the task in `pending_review` until it is approved.
    """

    method: BatchTaskMethod
    type_: BatchTaskType
    data: BatchTaskDataItem | list[BatchTaskDataItem] | Unset = UNSET
    entries: list[str] | Unset = UNSET
    field: str | Unset = UNSET
    review: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        type_ = self.type_.value

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

        entries: list[str] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = self.entries

        field = self.field

        review = self.review

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if entries is not UNSET:
            field_dict["entries"] = entries
        if field is not UNSET:
            field_dict["field"] = field
        if review is not UNSET:
            field_dict["review"] = review

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_task_data_item import BatchTaskDataItem  # noqa: PLC0415

        d = dict(src_dict)
        method = BatchTaskMethod(d.pop("method"))

        type_ = BatchTaskType(d.pop("type"))

        def _parse_data(data: object) -> BatchTaskDataItem | list[BatchTaskDataItem] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = BatchTaskDataItem.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = BatchTaskDataItem.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        entries = cast(list[str], d.pop("entries", UNSET))

        field = d.pop("field", UNSET)

        review = d.pop("review", UNSET)

        batch_task_create = cls(
            method=method,
            type_=type_,
            data=data,
            entries=entries,
            field=field,
            review=review,
        )

        batch_task_create.additional_properties = d
        return batch_task_create

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
