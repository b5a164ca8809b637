"""MessageDetailRecordList: A page of message detail records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .message_detail_record import MessageDetailRecord
    from .pagination import Pagination

_FIELDS: tuple[rt.Field, ...] = (
    ("count", "count", int),
    ("has_more", "has_more", bool),
    ("limit", "limit", int),
    ("offset", "offset", int),
    ("pagination", "pagination", rt.model_reader("carrierx_core.models.pagination", "Pagination")),
    ("total", "total", int),
    (
        "items",
        "items",
        rt.list_reader(rt.model_reader("carrierx_core.models.message_detail_record", "MessageDetailRecord")),
    ),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class MessageDetailRecordList:
    """A page of message detail records.

    Attributes:
        count: Items on this page.
        has_more: Whether more items follow this page.
        limit: limit
        offset: offset
        pagination: pagination
        total: All matching items, when the API counts them.
        items: items
    """

    count: int | None
    has_more: bool | None
    limit: int | None
    offset: int | None
    pagination: Pagination | None
    total: int | None
    items: list[MessageDetailRecord] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        count: int | None | Unset = UNSET,
        has_more: bool | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        pagination: Pagination | None | Unset = UNSET,
        total: int | None | Unset = UNSET,
        items: list[MessageDetailRecord] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.count = rt.given(self, "count", count)
        self.has_more = rt.given(self, "has_more", has_more)
        self.limit = rt.given(self, "limit", limit)
        self.offset = rt.given(self, "offset", offset)
        self.pagination = rt.given(self, "pagination", pagination)
        self.total = rt.given(self, "total", total)
        self.items = rt.given(self, "items", items)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


MessageDetailRecordListFieldName = Literal[
    "count",
    "has_more",
    "limit",
    "offset",
    "pagination",
    "total",
    "items",
]
"""The names of `MessageDetailRecordList`'s fields, for typed filters, orders and field lists."""
