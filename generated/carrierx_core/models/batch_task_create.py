from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_task_method import BatchTaskMethod
from ..models.batch_task_status import BatchTaskStatus
from ..models.batch_task_type import BatchTaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_task_data_item import BatchTaskDataItem
    from ..models.batch_task_error_detail import BatchTaskErrorDetail


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
            error_details (list[BatchTaskErrorDetail] | Unset): Errors of failed objects.
            field (str | Unset): The object field that `entries` refers to.
            review (bool | Unset): Hold the task in `pending_review` until it is approved.
            status (BatchTaskStatus | Unset): Processing state of a batch task.
    """

    method: BatchTaskMethod
    type_: BatchTaskType
    data: BatchTaskDataItem | list[BatchTaskDataItem] | Unset = UNSET
    entries: list[str] | Unset = UNSET
    error_details: list[BatchTaskErrorDetail] | Unset = UNSET
    field: str | Unset = UNSET
    review: bool | Unset = UNSET
    status: BatchTaskStatus | Unset = UNSET
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

        error_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_details, Unset):
            error_details = []
            for error_details_item_data in self.error_details:
                error_details_item = error_details_item_data.to_dict()
                error_details.append(error_details_item)

        field = self.field

        review = self.review

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if field is not UNSET:
            field_dict["field"] = field
        if review is not UNSET:
            field_dict["review"] = review
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_task_data_item import BatchTaskDataItem  # noqa: PLC0415
        from ..models.batch_task_error_detail import BatchTaskErrorDetail  # noqa: PLC0415

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

        _error_details = d.pop("error_details", UNSET)
        error_details: list[BatchTaskErrorDetail] | Unset = UNSET
        if _error_details is not UNSET:
            error_details = []
            for error_details_item_data in _error_details:
                error_details_item = BatchTaskErrorDetail.from_dict(error_details_item_data)

                error_details.append(error_details_item)

        field = d.pop("field", UNSET)

        review = d.pop("review", UNSET)

        _status = d.pop("status", UNSET)
        status: BatchTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BatchTaskStatus(_status)

        batch_task_create = cls(
            method=method,
            type_=type_,
            data=data,
            entries=entries,
            error_details=error_details,
            field=field,
            review=review,
            status=status,
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
