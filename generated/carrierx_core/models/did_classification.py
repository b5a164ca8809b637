"""DidClassification: A class of phone numbers, which sets for example how long a released number ages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("aging_policy", "aging_policy", int),
    ("classification_sid", "classification_sid", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


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
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

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
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidClassificationFieldName = Literal[
    "aging_policy",
    "classification_sid",
    "name",
]
"""The names of `DidClassification`'s fields, for typed filters, orders and field lists."""
