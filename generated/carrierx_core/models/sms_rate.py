"""SmsRate: Price of sending an SMS to one country and network."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_KEYS = (
    ("country_code", "country_code"),
    ("country_name", "country_name"),
    ("mcc", "mcc"),
    ("mnc", "mnc"),
    ("network", "network"),
    ("operator", "operator"),
    ("price", "price"),
)
_REQUIRED: tuple[str, ...] = ()


@_attrs_define(init=False)
class SmsRate:
    """Price of sending an SMS to one country and network.
    Attributes:
        country_code: ISO 3166-1 alpha-3 country code.
        country_name: Common country name.
        mcc: Mobile country code.
        mnc: Mobile network code.
        network: Network name.
        operator: Operator name.
        price: Price in US dollars, sent as a string.
    """

    country_code: str | None
    country_name: str | None
    mcc: int | None
    mnc: int | None
    network: str | None
    operator: str | None
    price: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        country_code: str | None | Unset = UNSET,
        country_name: str | None | Unset = UNSET,
        mcc: int | None | Unset = UNSET,
        mnc: int | None | Unset = UNSET,
        network: str | None | Unset = UNSET,
        operator: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.country_code = rt.given(self, "country_code", country_code)
        self.country_name = rt.given(self, "country_name", country_name)
        self.mcc = rt.given(self, "mcc", mcc)
        self.mnc = rt.given(self, "mnc", mnc)
        self.network = rt.given(self, "network", network)
        self.operator = rt.given(self, "operator", operator)
        self.price = rt.given(self, "price", price)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.country_code = rt.read_field(cls, data, "country_code", rt.STR, strict)
        self.country_name = rt.read_field(cls, data, "country_name", rt.STR, strict)
        self.mcc = rt.read_field(cls, data, "mcc", rt.INT, strict)
        self.mnc = rt.read_field(cls, data, "mnc", rt.INT, strict)
        self.network = rt.read_field(cls, data, "network", rt.STR, strict)
        self.operator = rt.read_field(cls, data, "operator", rt.STR, strict)
        self.price = rt.read_field(cls, data, "price", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
