"""DidClassification: A class of phone numbers, which sets for example how long a released number ages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_KEYS = (
    ("aging_policy", "aging_policy"),
    ("classification_sid", "classification_sid"),
    ("name", "name"),
)
_REQUIRED: tuple[str, ...] = ()


@_attrs_define(init=False)
class DidClassification:
    """A class of phone numbers, which sets for example how long a released number ages.
    Attributes:
        aging_policy: Minutes a released number stays in `aging` before it can be rented again.
        classification_sid: The DID classification secure ID.
        name: Human-readable classification name.
    """

    aging_policy: int | None
    classification_sid: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        aging_policy: int | None | Unset = UNSET,
        classification_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.aging_policy = rt.given(self, "aging_policy", aging_policy)
        self.classification_sid = rt.given(self, "classification_sid", classification_sid)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.aging_policy = rt.read_field(cls, data, "aging_policy", rt.INT, strict)
        self.classification_sid = rt.read_field(cls, data, "classification_sid", rt.STR, strict)
        self.name = rt.read_field(cls, data, "name", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
