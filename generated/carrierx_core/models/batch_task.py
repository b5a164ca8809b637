"""BatchTask: A batch task that creates, updates or deletes many phone numbers, prefixes or files."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .batch_task_method import BatchTaskMethod
from .batch_task_status import BatchTaskStatus
from .batch_task_type import BatchTaskType

if TYPE_CHECKING:
    from .batch_task_data_item import BatchTaskDataItem
    from .batch_task_error_detail import BatchTaskErrorDetail

_FIELDS: tuple[rt.Field, ...] = (
    (
        "data",
        "data",
        rt.union_reader(
            rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem")),
            rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem"),
        ),
    ),
    ("date_created", "date_created", rt.DATETIME),
    ("date_modified", "date_modified", rt.DATETIME),
    ("entries", "entries", rt.list_reader(rt.STR)),
    (
        "error_details",
        "error_details",
        rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_error_detail", "BatchTaskErrorDetail")),
    ),
    ("failure", "failure", int),
    ("field", "field", str),
    ("method", "method", rt.enum_reader(BatchTaskMethod)),
    ("partner_sid", "partner_sid", str),
    ("processed", "processed", int),
    ("review", "review", bool),
    ("status", "status", rt.enum_reader(BatchTaskStatus)),
    ("success", "success", int),
    ("task_sid", "task_sid", str),
    ("total", "total", int),
    ("type_", "type", rt.enum_reader(BatchTaskType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchTask:
    """A batch task that creates, updates or deletes many phone numbers, prefixes or files.

    Attributes:
        data: Values to apply: one object for PATCH tasks, a list of objects for POST tasks.
        date_created: When the task was created.
        date_modified: When the task last changed.
        entries: Values of `field` that select the objects (PATCH and DELETE tasks).
        error_details: Errors of failed objects.
        failure: Objects that failed.
        field: The object field that `entries` refers to (e.g. `phonenumber`).
        method: method
        partner_sid: Secure ID of the owning partner.
        processed: Objects processed so far.
        review: Whether the task waits in `pending_review` for approval before running.
        status: status
        success: Objects processed successfully.
        task_sid: Secure ID of the task.
        total: Objects the task covers.
        type_: type
    """

    data: list[BatchTaskDataItem] | BatchTaskDataItem | None
    date_created: datetime.datetime | None
    date_modified: datetime.datetime | None
    entries: list[str] | None
    error_details: list[BatchTaskErrorDetail] | None
    failure: int | None
    field: str | None
    method: BatchTaskMethod | None
    partner_sid: str | None
    processed: int | None
    review: bool | None
    status: BatchTaskStatus | None
    success: int | None
    task_sid: str | None
    total: int | None
    type_: BatchTaskType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        data: list[BatchTaskDataItem] | BatchTaskDataItem | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        date_modified: datetime.datetime | None | Unset = UNSET,
        entries: list[str] | None | Unset = UNSET,
        error_details: list[BatchTaskErrorDetail] | None | Unset = UNSET,
        failure: int | None | Unset = UNSET,
        field: str | None | Unset = UNSET,
        method: BatchTaskMethod | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        processed: int | None | Unset = UNSET,
        review: bool | None | Unset = UNSET,
        status: BatchTaskStatus | None | Unset = UNSET,
        success: int | None | Unset = UNSET,
        task_sid: str | None | Unset = UNSET,
        total: int | None | Unset = UNSET,
        type_: BatchTaskType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.data = rt.given(self, "data", data)
        self.date_created = rt.given(self, "date_created", date_created)
        self.date_modified = rt.given(self, "date_modified", date_modified)
        self.entries = rt.given(self, "entries", entries)
        self.error_details = rt.given(self, "error_details", error_details)
        self.failure = rt.given(self, "failure", failure)
        self.field = rt.given(self, "field", field)
        self.method = rt.given(self, "method", method)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.processed = rt.given(self, "processed", processed)
        self.review = rt.given(self, "review", review)
        self.status = rt.given(self, "status", status)
        self.success = rt.given(self, "success", success)
        self.task_sid = rt.given(self, "task_sid", task_sid)
        self.total = rt.given(self, "total", total)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchTaskFieldName = Literal[
    "data",
    "date_created",
    "date_modified",
    "entries",
    "error_details",
    "failure",
    "field",
    "method",
    "partner_sid",
    "processed",
    "review",
    "status",
    "success",
    "task_sid",
    "total",
    "type",
]
"""The names of `BatchTask`'s fields, for typed filters, orders and field lists."""
