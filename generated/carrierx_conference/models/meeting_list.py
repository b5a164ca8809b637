"""MeetingList"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .meeting import Meeting

_KEYS = (
    ("last", "last"),
    ("offset", "offset"),
    ("total", "total"),
    ("meetings", "meetings"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_MEETINGS = rt.list_reader(rt.model_reader("carrierx_conference.models.meeting", "Meeting"))


@_attrs_define(init=False)
class MeetingList:
    """MeetingList.
    Attributes:
        last: Paging marker returned by v1 (0 in the only sample); meaning not documented.
        offset: How many items were skipped.
        total: All matching items.
        meetings: meetings
    """

    last: int | None
    offset: int | None
    total: int | None
    meetings: list[Meeting] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        last: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        total: int | None | Unset = UNSET,
        meetings: list[Meeting] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.last = rt.given(self, "last", last)
        self.offset = rt.given(self, "offset", offset)
        self.total = rt.given(self, "total", total)
        self.meetings = rt.given(self, "meetings", meetings)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.last = rt.read_field(cls, data, "last", rt.INT, strict)
        self.offset = rt.read_field(cls, data, "offset", rt.INT, strict)
        self.total = rt.read_field(cls, data, "total", rt.INT, strict)
        self.meetings = rt.read_field(cls, data, "meetings", _READ_MEETINGS, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
