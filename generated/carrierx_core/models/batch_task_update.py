"""BatchTaskUpdate: Task fields to change (PATCH); in practice `status` (`approved` or `cancelled`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .batch_task_method import BatchTaskMethod
from .batch_task_status import BatchTaskStatus
from .batch_task_type import BatchTaskType

if TYPE_CHECKING:
    from .batch_task_data_item import BatchTaskDataItem
    from .batch_task_error_detail import BatchTaskErrorDetail, BatchTaskErrorDetailParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "data",
        "data",
        rt.union_reader(
            rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem")),
            rt.model_reader("carrierx_core.models.batch_task_data_item", "BatchTaskDataItem"),
        ),
    ),
    ("entries", "entries", rt.list_reader(rt.STR)),
    (
        "error_details",
        "error_details",
        rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_error_detail", "BatchTaskErrorDetail")),
    ),
    ("field", "field", str),
    ("method", "method", rt.enum_reader(BatchTaskMethod)),
    ("review", "review", bool),
    ("status", "status", rt.enum_reader(BatchTaskStatus)),
    ("type_", "type", rt.enum_reader(BatchTaskType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchTaskUpdate:
    """Task fields to change (PATCH); in practice `status` (`approved` or `cancelled`).

    Attributes:
        data: Values to apply: one object for PATCH tasks, a list of objects (one per new object) for
            POST tasks.
        entries: entries
        error_details: Errors of failed objects.
        field: field
        method: What a batch task does with its objects.
        review: review
        status: Processing state of a batch task.
        type_: Kind of object a batch task works on.
    """

    data: list[BatchTaskDataItem] | BatchTaskDataItem | None
    entries: list[str] | None
    error_details: list[BatchTaskErrorDetail] | None
    field: str | None
    method: BatchTaskMethod | None
    review: bool | None
    status: BatchTaskStatus | None
    type_: BatchTaskType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        data: list[BatchTaskDataItem] | BatchTaskDataItem | None | Unset = UNSET,
        entries: list[str] | None | Unset = UNSET,
        error_details: list[BatchTaskErrorDetail] | None | Unset = UNSET,
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
        self.error_details = rt.given(self, "error_details", error_details)
        self.field = rt.given(self, "field", field)
        self.method = rt.given(self, "method", method)
        self.review = rt.given(self, "review", review)
        self.status = rt.given(self, "status", status)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchTaskUpdateFieldName = Literal[
    "data",
    "entries",
    "error_details",
    "field",
    "method",
    "review",
    "status",
    "type",
]
"""The names of `BatchTaskUpdate`'s fields, for typed filters, orders and field lists."""


class BatchTaskUpdateParams(TypedDict, total=False):
    data: list[BatchTaskDataItem | Mapping[str, Any]] | BatchTaskDataItem | Mapping[str, Any] | None
    entries: list[str] | None
    error_details: list[BatchTaskErrorDetail | BatchTaskErrorDetailParams] | None
    field: str | None
    method: BatchTaskMethod | str | None
    review: bool | None
    status: BatchTaskStatus | str | None
    type: BatchTaskType | str | None
