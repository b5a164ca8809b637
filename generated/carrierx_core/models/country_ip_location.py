"""CountryIpLocation: Where an IP address is located."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("city", "city", str),
    ("common_name", "common_name", str),
    ("iso_3166_alpha_2", "iso_3166_alpha_2", str),
    ("region", "region", str),
    ("state", "state", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CountryIpLocation:
    """Where an IP address is located.

    Attributes:
        city: city
        common_name: common_name
        iso_3166_alpha_2: iso_3166_alpha_2
        region: region
        state: state
    """

    city: str | None
    common_name: str | None
    iso_3166_alpha_2: str | None
    region: str | None
    state: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        city: str | None | Unset = UNSET,
        common_name: str | None | Unset = UNSET,
        iso_3166_alpha_2: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.city = rt.given(self, "city", city)
        self.common_name = rt.given(self, "common_name", common_name)
        self.iso_3166_alpha_2 = rt.given(self, "iso_3166_alpha_2", iso_3166_alpha_2)
        self.region = rt.given(self, "region", region)
        self.state = rt.given(self, "state", state)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CountryIpLocationFieldName = Literal[
    "city",
    "common_name",
    "iso_3166_alpha_2",
    "region",
    "state",
]
"""The names of `CountryIpLocation`'s fields, for typed filters, orders and field lists."""
