from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="BatchTask")


@_attrs_define
class BatchTask:
    """A batch task that creates, updates or deletes many phone numbers, prefixes or files.

    Attributes:
        data (BatchTaskDataItem | list[BatchTaskDataItem] | None | Unset): Values to apply: one object for PATCH tasks,
            a list of objects for POST tasks.
        date_created (datetime.datetime | None | Unset): When the task was created.
        date_modified (datetime.datetime | None | Unset): When the task last changed.
        entries (list[str] | None | Unset): Values of `field` that select the objects (PATCH and DELETE tasks).
        error_details (list[BatchTaskErrorDetail] | None | Unset): Errors of failed objects.
        failure (int | None | Unset): Objects that failed.
        field (None | str | Unset): The object field that `entries` refers to (e.g. `phonenumber`).
        method (BatchTaskMethod | None | Unset):
        partner_sid (None | str | Unset): Secure ID of the owning partner.
        processed (int | None | Unset): Objects processed so far.
        review (bool | None | Unset): Whether the task waits in `pending_review` for approval before running.
        status (BatchTaskStatus | None | Unset):
        success (int | None | Unset): Objects processed successfully.
        task_sid (None | str | Unset): Secure ID of the task.
        total (int | None | Unset): Objects the task covers.
        type_ (BatchTaskType | None | Unset):
    """

    data: BatchTaskDataItem | list[BatchTaskDataItem] | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_modified: datetime.datetime | None | Unset = UNSET
    entries: list[str] | None | Unset = UNSET
    error_details: list[BatchTaskErrorDetail] | None | Unset = UNSET
    failure: int | None | Unset = UNSET
    field: None | str | Unset = UNSET
    method: BatchTaskMethod | None | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    processed: int | None | Unset = UNSET
    review: bool | None | Unset = UNSET
    status: BatchTaskStatus | None | Unset = UNSET
    success: int | None | Unset = UNSET
    task_sid: None | str | Unset = UNSET
    total: int | None | Unset = UNSET
    type_: BatchTaskType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_task_data_item import BatchTaskDataItem  # noqa: PLC0415

        data: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        elif isinstance(self.data, BatchTaskDataItem):
            data = self.data.to_dict()
        else:
            data = self.data

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        elif isinstance(self.date_modified, datetime.datetime):
            date_modified = self.date_modified.isoformat()
        else:
            date_modified = self.date_modified

        entries: list[str] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = self.entries

        else:
            entries = self.entries

        error_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.error_details, Unset):
            error_details = UNSET
        elif isinstance(self.error_details, list):
            error_details = []
            for error_details_type_0_item_data in self.error_details:
                error_details_type_0_item = error_details_type_0_item_data.to_dict()
                error_details.append(error_details_type_0_item)

        else:
            error_details = self.error_details

        failure: int | None | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, BatchTaskMethod):
            method = self.method.value
        else:
            method = self.method

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        processed: int | None | Unset
        if isinstance(self.processed, Unset):
            processed = UNSET
        else:
            processed = self.processed

        review: bool | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        else:
            review = self.review

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BatchTaskStatus):
            status = self.status.value
        else:
            status = self.status

        success: int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        task_sid: None | str | Unset
        if isinstance(self.task_sid, Unset):
            task_sid = UNSET
        else:
            task_sid = self.task_sid

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BatchTaskType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_modified is not UNSET:
            field_dict["date_modified"] = date_modified
        if entries is not UNSET:
            field_dict["entries"] = entries
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if failure is not UNSET:
            field_dict["failure"] = failure
        if field is not UNSET:
            field_dict["field"] = field
        if method is not UNSET:
            field_dict["method"] = method
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if processed is not UNSET:
            field_dict["processed"] = processed
        if review is not UNSET:
            field_dict["review"] = review
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if task_sid is not UNSET:
            field_dict["task_sid"] = task_sid
        if total is not UNSET:
            field_dict["total"] = total
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_task_data_item import BatchTaskDataItem  # noqa: PLC0415
        from ..models.batch_task_error_detail import BatchTaskErrorDetail  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> BatchTaskDataItem | list[BatchTaskDataItem] | None | Unset:
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = BatchTaskDataItem.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchTaskDataItem | list[BatchTaskDataItem] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

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

        def _parse_entries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = cast(list[str], data)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entries = _parse_entries(d.pop("entries", UNSET))

        def _parse_error_details(data: object) -> list[BatchTaskErrorDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_details_type_0 = []
                _error_details_type_0 = data
                for error_details_type_0_item_data in _error_details_type_0:
                    error_details_type_0_item = BatchTaskErrorDetail.from_dict(error_details_type_0_item_data)

                    error_details_type_0.append(error_details_type_0_item)

                return error_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchTaskErrorDetail] | None | Unset, data)

        error_details = _parse_error_details(d.pop("error_details", UNSET))

        def _parse_failure(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_method(data: object) -> BatchTaskMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = BatchTaskMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchTaskMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_processed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        processed = _parse_processed(d.pop("processed", UNSET))

        def _parse_review(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        review = _parse_review(d.pop("review", UNSET))

        def _parse_status(data: object) -> BatchTaskStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BatchTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchTaskStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_success(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_task_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_sid = _parse_task_sid(d.pop("task_sid", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_type_(data: object) -> BatchTaskType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BatchTaskType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchTaskType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        batch_task = cls(
            data=data,
            date_created=date_created,
            date_modified=date_modified,
            entries=entries,
            error_details=error_details,
            failure=failure,
            field=field,
            method=method,
            partner_sid=partner_sid,
            processed=processed,
            review=review,
            status=status,
            success=success,
            task_sid=task_sid,
            total=total,
            type_=type_,
        )

        batch_task.additional_properties = d
        return batch_task

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
