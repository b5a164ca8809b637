"""Country: Reference data about a country."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("capital", "capital", str),
    ("common_name", "common_name", str),
    ("dialing_prefix", "dialing_prefix", str),
    ("domain", "domain", str),
    ("iso_3166_alpha_2", "iso_3166_alpha_2", str),
    ("iso_3166_alpha_3", "iso_3166_alpha_3", str),
    ("iso_3166_numeric", "iso_3166_numeric", int),
    ("mcc", "mcc", str),
    ("official_name", "official_name", str),
    ("region", "region", str),
    ("subregion", "subregion", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Country:
    """Reference data about a country.

    Attributes:
        capital: capital
        common_name: common_name
        dialing_prefix: International dialing code.
        domain: Country internet domain.
        iso_3166_alpha_2: iso_3166_alpha_2
        iso_3166_alpha_3: iso_3166_alpha_3
        iso_3166_numeric: iso_3166_numeric
        mcc: Mobile country code(s), comma-separated when several.
        official_name: official_name
        region: region
        subregion: subregion
    """

    capital: str | None
    common_name: str | None
    dialing_prefix: str | None
    domain: str | None
    iso_3166_alpha_2: str | None
    iso_3166_alpha_3: str | None
    iso_3166_numeric: int | None
    mcc: str | None
    official_name: str | None
    region: str | None
    subregion: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        capital: str | None | Unset = UNSET,
        common_name: str | None | Unset = UNSET,
        dialing_prefix: str | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        iso_3166_alpha_2: str | None | Unset = UNSET,
        iso_3166_alpha_3: str | None | Unset = UNSET,
        iso_3166_numeric: int | None | Unset = UNSET,
        mcc: str | None | Unset = UNSET,
        official_name: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        subregion: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.capital = rt.given(self, "capital", capital)
        self.common_name = rt.given(self, "common_name", common_name)
        self.dialing_prefix = rt.given(self, "dialing_prefix", dialing_prefix)
        self.domain = rt.given(self, "domain", domain)
        self.iso_3166_alpha_2 = rt.given(self, "iso_3166_alpha_2", iso_3166_alpha_2)
        self.iso_3166_alpha_3 = rt.given(self, "iso_3166_alpha_3", iso_3166_alpha_3)
        self.iso_3166_numeric = rt.given(self, "iso_3166_numeric", iso_3166_numeric)
        self.mcc = rt.given(self, "mcc", mcc)
        self.official_name = rt.given(self, "official_name", official_name)
        self.region = rt.given(self, "region", region)
        self.subregion = rt.given(self, "subregion", subregion)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CountryFieldName = Literal[
    "capital",
    "common_name",
    "dialing_prefix",
    "domain",
    "iso_3166_alpha_2",
    "iso_3166_alpha_3",
    "iso_3166_numeric",
    "mcc",
    "official_name",
    "region",
    "subregion",
]
"""The names of `Country`'s fields, for typed filters, orders and field lists."""
