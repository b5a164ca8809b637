"""Error: The error body CarrierX returns with 4xx answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .error_item import ErrorItem

_FIELDS: tuple[rt.Field, ...] = (
    ("message", "message", str),
    ("errors", "errors", rt.list_reader(rt.model_reader("carrierx_conference.models.error_item", "ErrorItem"))),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Error:
    """The error body CarrierX returns with 4xx answers.

    Attributes:
        message: message
        errors: errors
    """

    message: str | None
    errors: list[ErrorItem] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        message: str | None | Unset = UNSET,
        errors: list[ErrorItem] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.message = rt.given(self, "message", message)
        self.errors = rt.given(self, "errors", errors)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


ErrorFieldName = Literal[
    "message",
    "errors",
]
"""The names of `Error`'s fields, for typed filters, orders and field lists."""
