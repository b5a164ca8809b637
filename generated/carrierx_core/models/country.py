"""Country: Reference data about a country."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_KEYS = (
    ("capital", "capital"),
    ("common_name", "common_name"),
    ("dialing_prefix", "dialing_prefix"),
    ("domain", "domain"),
    ("iso_3166_alpha_2", "iso_3166_alpha_2"),
    ("iso_3166_alpha_3", "iso_3166_alpha_3"),
    ("iso_3166_numeric", "iso_3166_numeric"),
    ("mcc", "mcc"),
    ("official_name", "official_name"),
    ("region", "region"),
    ("subregion", "subregion"),
)
_REQUIRED: tuple[str, ...] = ()


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
        data = dict(src)
        self = cls.__new__(cls)
        self.capital = rt.read_field(cls, data, "capital", rt.STR, strict)
        self.common_name = rt.read_field(cls, data, "common_name", rt.STR, strict)
        self.dialing_prefix = rt.read_field(cls, data, "dialing_prefix", rt.STR, strict)
        self.domain = rt.read_field(cls, data, "domain", rt.STR, strict)
        self.iso_3166_alpha_2 = rt.read_field(cls, data, "iso_3166_alpha_2", rt.STR, strict)
        self.iso_3166_alpha_3 = rt.read_field(cls, data, "iso_3166_alpha_3", rt.STR, strict)
        self.iso_3166_numeric = rt.read_field(cls, data, "iso_3166_numeric", rt.INT, strict)
        self.mcc = rt.read_field(cls, data, "mcc", rt.STR, strict)
        self.official_name = rt.read_field(cls, data, "official_name", rt.STR, strict)
        self.region = rt.read_field(cls, data, "region", rt.STR, strict)
        self.subregion = rt.read_field(cls, data, "subregion", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
