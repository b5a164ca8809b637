"""BatchTaskUpdate: Task fields to change (PATCH); in practice `status` (`approved` or `cancelled`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .batch_task_method import BatchTaskMethod
from .batch_task_status import BatchTaskStatus
from .batch_task_type import BatchTaskType

if TYPE_CHECKING:
    from .batch_task_data_item import BatchTaskDataItem

_KEYS = (
    ("data", "data"),
    ("entries", "entries"),
    ("field", "field"),
    ("method", "method"),
    ("review", "review"),
    ("status", "status"),
    ("type_", "type"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_DATA = rt.union_reader(
    rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem")),
    rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem"),
)
_READ_ENTRIES = rt.list_reader(rt.STR)
_READ_METHOD = rt.enum_reader(BatchTaskMethod)
_READ_STATUS = rt.enum_reader(BatchTaskStatus)
_READ_TYPE_ = rt.enum_reader(BatchTaskType)


@_attrs_define(init=False)
class BatchTaskUpdate:
    """Task fields to change (PATCH); in practice `status` (`approved` or `cancelled`).
    Attributes:
        data: Values to apply: one object for PATCH tasks, a list of objects (one per new object) for
            POST tasks.
        entries: entries
        field: field
        method: What a batch task does with its objects.
        review: review
        status: Processing state of a batch task.
        type_: Kind of object a batch task works on.
    """

    data: list[BatchTaskDataItem] | BatchTaskDataItem | None
    entries: list[str] | None
    field: str | None
    method: BatchTaskMethod | None
    review: bool | None
    status: BatchTaskStatus | None
    type_: BatchTaskType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        data: list[BatchTaskDataItem] | BatchTaskDataItem | None | Unset = UNSET,
        entries: list[str] | None | Unset = UNSET,
        field: str | None | Unset = UNSET,
        method: BatchTaskMethod | None | Unset = UNSET,
        review: bool | None | Unset = UNSET,
        status: BatchTaskStatus | None | Unset = UNSET,
        type_: BatchTaskType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.data = rt.given(self, "data", data)
        self.entries = rt.given(self, "entries", entries)
        self.field = rt.given(self, "field", field)
        self.method = rt.given(self, "method", method)
        self.review = rt.given(self, "review", review)
        self.status = rt.given(self, "status", status)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.data = rt.read_field(cls, data, "data", _READ_DATA, strict)
        self.entries = rt.read_field(cls, data, "entries", _READ_ENTRIES, strict)
        self.field = rt.read_field(cls, data, "field", rt.STR, strict)
        self.method = rt.read_field(cls, data, "method", _READ_METHOD, strict)
        self.review = rt.read_field(cls, data, "review", rt.BOOL, strict)
        self.status = rt.read_field(cls, data, "status", _READ_STATUS, strict)
        self.type_ = rt.read_field(cls, data, "type", _READ_TYPE_, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


class BatchTaskUpdateParams(TypedDict, total=False):
    data: list[BatchTaskDataItem | Mapping[str, Any]] | BatchTaskDataItem | Mapping[str, Any] | None
    entries: list[str] | None
    field: str | None
    method: BatchTaskMethod | str | None
    review: bool | None
    status: BatchTaskStatus | str | None
    type: BatchTaskType | str | None
