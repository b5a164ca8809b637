"""PushNotificationResult: Outcome of sending a notification."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .push_notification_results import PushNotificationResults

_FIELDS: tuple[rt.Field, ...] = (
    ("failure", "failure", int),
    (
        "results",
        "results",
        rt.model_reader("carrierx_core.models.push_notification_results", "PushNotificationResults"),
    ),
    ("success", "success", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PushNotificationResult:
    """Outcome of sending a notification.

    Attributes:
        failure: How many recipients failed.
        results: results
        success: How many recipients succeeded.
    """

    failure: int | None
    results: PushNotificationResults | None
    success: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        failure: int | None | Unset = UNSET,
        results: PushNotificationResults | None | Unset = UNSET,
        success: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.failure = rt.given(self, "failure", failure)
        self.results = rt.given(self, "results", results)
        self.success = rt.given(self, "success", success)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PushNotificationResultFieldName = Literal[
    "failure",
    "results",
    "success",
]
"""The names of `PushNotificationResult`'s fields, for typed filters, orders and field lists."""
