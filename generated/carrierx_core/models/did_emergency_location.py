"""DidEmergencyLocation: A street address registered for emergency calls from a DID."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("address_1", "address_1", str),
    ("address_2", "address_2", str),
    ("city", "city", str),
    ("country_code", "country_code", str),
    ("state", "state", str),
    ("zip_", "zip", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidEmergencyLocation:
    """A street address registered for emergency calls from a DID.

    Attributes:
        address_1: Address line 1.
        address_2: Address line 2.
        city: city
        country_code: ISO 3166-1 alpha-3 country code.
        state: Two-letter state abbreviation.
        zip_: ZIP code.
    """

    address_1: str | None
    address_2: str | None
    city: str | None
    country_code: str | None
    state: str | None
    zip_: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        address_1: str | None | Unset = UNSET,
        address_2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        zip_: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.address_1 = rt.given(self, "address_1", address_1)
        self.address_2 = rt.given(self, "address_2", address_2)
        self.city = rt.given(self, "city", city)
        self.country_code = rt.given(self, "country_code", country_code)
        self.state = rt.given(self, "state", state)
        self.zip_ = rt.given(self, "zip", zip_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidEmergencyLocationFieldName = Literal[
    "address_1",
    "address_2",
    "city",
    "country_code",
    "state",
    "zip",
]
"""The names of `DidEmergencyLocation`'s fields, for typed filters, orders and field lists."""


class DidEmergencyLocationParams(TypedDict, total=False):
    address_1: str | None
    address_2: str | None
    city: str | None
    country_code: str | None
    state: str | None
    zip: str | None
