"""DidEmergency: Emergency-service data of a DID: caller name and registered locations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .did_emergency_location import DidEmergencyLocation

_FIELDS: tuple[rt.Field, ...] = (
    ("caller_name", "caller_name", str),
    ("enabled", "enabled", bool),
    (
        "locations",
        "locations",
        rt.list_reader(rt.model_reader("carrierx_core.models.did_emergency_location", "DidEmergencyLocation")),
    ),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidEmergency:
    """Emergency-service data of a DID: caller name and registered locations.

    Attributes:
        caller_name: Name shown to the called party.
        enabled: When false no record is kept in the central registry; fields stay editable.
        locations: locations
    """

    caller_name: str | None
    enabled: bool | None
    locations: list[DidEmergencyLocation] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        caller_name: str | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        locations: list[DidEmergencyLocation] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.caller_name = rt.given(self, "caller_name", caller_name)
        self.enabled = rt.given(self, "enabled", enabled)
        self.locations = rt.given(self, "locations", locations)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidEmergencyFieldName = Literal[
    "caller_name",
    "enabled",
    "locations",
]
"""The names of `DidEmergency`'s fields, for typed filters, orders and field lists."""
