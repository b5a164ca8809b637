"""BindingRedirectDidInfo: The redirect DID of a binding in several formats, filled in by CarrierX."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("country_code", "country_code", str),
    ("e164_format", "e164_format", str),
    ("in_country_format", "in_country_format", str),
    ("international_format", "international_format", str),
    ("phonenumber", "phonenumber", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BindingRedirectDidInfo:
    """The redirect DID of a binding in several formats, filled in by CarrierX.

    Attributes:
        country_code: ISO 3166-1 alpha-3 country code.
        e164_format: The number in E.164 format with `+`.
        in_country_format: The number in national format.
        international_format: The number in international format.
        phonenumber: The number, E.164 without `+`.
    """

    country_code: str | None
    e164_format: str | None
    in_country_format: str | None
    international_format: str | None
    phonenumber: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        country_code: str | None | Unset = UNSET,
        e164_format: str | None | Unset = UNSET,
        in_country_format: str | None | Unset = UNSET,
        international_format: str | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.country_code = rt.given(self, "country_code", country_code)
        self.e164_format = rt.given(self, "e164_format", e164_format)
        self.in_country_format = rt.given(self, "in_country_format", in_country_format)
        self.international_format = rt.given(self, "international_format", international_format)
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BindingRedirectDidInfoFieldName = Literal[
    "country_code",
    "e164_format",
    "in_country_format",
    "international_format",
    "phonenumber",
]
"""The names of `BindingRedirectDidInfo`'s fields, for typed filters, orders and field lists."""


class BindingRedirectDidInfoParams(TypedDict, total=False):
    country_code: str | None
    e164_format: str | None
    in_country_format: str | None
    international_format: str | None
    phonenumber: str | None
