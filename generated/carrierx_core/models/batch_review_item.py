"""BatchReviewItem: One object a batch task would change, shown for review."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .batch_review_item_fields import BatchReviewItemFields

_FIELDS: tuple[rt.Field, ...] = (
    ("description", "description", str),
    ("fields", "fields", rt.model_reader("carrierx_core.models.batch_review_item_fields", "BatchReviewItemFields")),
    ("sid", "sid", str),
    ("version", "version", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchReviewItem:
    """One object a batch task would change, shown for review.

    Attributes:
        description: What the item is.
        fields: fields
        sid: Secure ID of the item.
        version: Version of the item record.
    """

    description: str | None
    fields: BatchReviewItemFields | None
    sid: str | None
    version: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        fields: BatchReviewItemFields | None | Unset = UNSET,
        sid: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.description = rt.given(self, "description", description)
        self.fields = rt.given(self, "fields", fields)
        self.sid = rt.given(self, "sid", sid)
        self.version = rt.given(self, "version", version)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchReviewItemFieldName = Literal[
    "description",
    "fields",
    "sid",
    "version",
]
"""The names of `BatchReviewItem`'s fields, for typed filters, orders and field lists."""
