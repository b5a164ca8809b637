"""BatchTaskErrorDetail: One failed object of a batch task and the error it caused."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .error import Error, ErrorParams

_FIELDS: tuple[rt.Field, ...] = (
    ("error", "error", rt.model_reader("carrierx_core.models.error", "Error")),
    ("key", "key", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BatchTaskErrorDetail:
    """One failed object of a batch task and the error it caused.

    Attributes:
        error: error
        key: JSON text identifying the object that failed, e.g. `{"phonenumber":19796101570}`.
    """

    error: Error | None
    key: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        error: Error | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.error = rt.given(self, "error", error)
        self.key = rt.given(self, "key", key)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BatchTaskErrorDetailFieldName = Literal[
    "error",
    "key",
]
"""The names of `BatchTaskErrorDetail`'s fields, for typed filters, orders and field lists."""


class BatchTaskErrorDetailParams(TypedDict, total=False):
    error: Error | ErrorParams | None
    key: str | None
