"""BatchTaskErrorDetailList: The error details of a batch task (no list envelope around the items)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .batch_task_error_detail import BatchTaskErrorDetail

_FIELDS: tuple[rt.Field, ...] = (
    (
        "items",
        "items",
        rt.list_reader(rt.model_reader("carrierx_core.models.batch_task_error_detail", "BatchTaskErrorDetail")),
    ),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchTaskErrorDetailList:
    """The error details of a batch task (no list envelope around the items).

    Attributes:
        items: items
    """

    items: list[BatchTaskErrorDetail] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        items: list[BatchTaskErrorDetail] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.items = rt.given(self, "items", items)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchTaskErrorDetailListFieldName = Literal["items",]
"""The names of `BatchTaskErrorDetailList`'s fields, for typed filters, orders and field lists."""
