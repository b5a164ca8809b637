"""BatchReview: The objects a batch task would change (Batch Review Response object)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .batch_review_method import BatchReviewMethod
from .batch_task_type import BatchTaskType

if TYPE_CHECKING:
    from .batch_review_item import BatchReviewItem

_FIELDS: tuple[rt.Field, ...] = (
    ("method", "method", rt.enum_reader(BatchReviewMethod)),
    (
        "review_items",
        "review_items",
        rt.list_reader(rt.model_reader("carrierx_core.models.batch_review_item", "BatchReviewItem")),
    ),
    ("type_", "type", rt.enum_reader(BatchTaskType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchReview:
    """The objects a batch task would change (Batch Review Response object).

    Attributes:
        method: method
        review_items: review_items
        type_: type
    """

    method: BatchReviewMethod | None
    review_items: list[BatchReviewItem] | None
    type_: BatchTaskType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        method: BatchReviewMethod | None | Unset = UNSET,
        review_items: list[BatchReviewItem] | None | Unset = UNSET,
        type_: BatchTaskType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.method = rt.given(self, "method", method)
        self.review_items = rt.given(self, "review_items", review_items)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchReviewFieldName = Literal[
    "method",
    "review_items",
    "type",
]
"""The names of `BatchReview`'s fields, for typed filters, orders and field lists."""
