"""DidList"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .did import Did

_FIELDS: tuple[rt.Field, ...] = (
    ("last", "last", int),
    ("offset", "offset", int),
    ("total", "total", int),
    ("dids", "dids", rt.list_reader(rt.model_reader("carrierx_conference.models.did", "Did"))),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidList:
    """DidList.

    Attributes:
        last: Paging marker returned by v1 (0 in the only sample); meaning not documented.
        offset: How many items were skipped.
        total: All matching items.
        dids: dids
    """

    last: int | None
    offset: int | None
    total: int | None
    dids: list[Did] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        last: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        total: int | None | Unset = UNSET,
        dids: list[Did] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.last = rt.given(self, "last", last)
        self.offset = rt.given(self, "offset", offset)
        self.total = rt.given(self, "total", total)
        self.dids = rt.given(self, "dids", dids)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidListFieldName = Literal[
    "last",
    "offset",
    "total",
    "dids",
]
"""The names of `DidList`'s fields, for typed filters, orders and field lists."""
