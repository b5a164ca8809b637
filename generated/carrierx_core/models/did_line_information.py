"""DidLineInformation: Caller-ID (CNAM) and line presentation data of a DID. The feature is enabled by CarrierX support."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .did_line_information_class_of_service import DidLineInformationClassOfService
from .did_line_information_privacy import DidLineInformationPrivacy
from .did_line_information_screening import DidLineInformationScreening

_FIELDS: tuple[rt.Field, ...] = (
    ("caller_name", "caller_name", str),
    ("class_of_service", "class_of_service", rt.enum_reader(DidLineInformationClassOfService)),
    ("enabled", "enabled", bool),
    ("extended_business_name", "extended_business_name", str),
    ("extended_first_name", "extended_first_name", str),
    ("extended_last_name", "extended_last_name", str),
    ("privacy", "privacy", rt.enum_reader(DidLineInformationPrivacy)),
    ("screening", "screening", rt.enum_reader(DidLineInformationScreening)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidLineInformation:
    """Caller-ID (CNAM) and line presentation data of a DID. The feature is enabled by CarrierX
    support.

    Attributes:
        caller_name: Name shown to the called party.
        class_of_service: Defaults to `none`.
        enabled: When false no record is kept in the central CNAM registry; fields stay editable.
        extended_business_name: extended_business_name
        extended_first_name: extended_first_name
        extended_last_name: extended_last_name
        privacy: Defaults to `public`.
        screening: Defaults to `block_third_number_collect`.
    """

    caller_name: str | None
    class_of_service: DidLineInformationClassOfService | None
    enabled: bool | None
    extended_business_name: str | None
    extended_first_name: str | None
    extended_last_name: str | None
    privacy: DidLineInformationPrivacy | None
    screening: DidLineInformationScreening | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        caller_name: str | None | Unset = UNSET,
        class_of_service: DidLineInformationClassOfService | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        extended_business_name: str | None | Unset = UNSET,
        extended_first_name: str | None | Unset = UNSET,
        extended_last_name: str | None | Unset = UNSET,
        privacy: DidLineInformationPrivacy | None | Unset = UNSET,
        screening: DidLineInformationScreening | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.caller_name = rt.given(self, "caller_name", caller_name)
        self.class_of_service = rt.given(self, "class_of_service", class_of_service)
        self.enabled = rt.given(self, "enabled", enabled)
        self.extended_business_name = rt.given(self, "extended_business_name", extended_business_name)
        self.extended_first_name = rt.given(self, "extended_first_name", extended_first_name)
        self.extended_last_name = rt.given(self, "extended_last_name", extended_last_name)
        self.privacy = rt.given(self, "privacy", privacy)
        self.screening = rt.given(self, "screening", screening)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidLineInformationFieldName = Literal[
    "caller_name",
    "class_of_service",
    "enabled",
    "extended_business_name",
    "extended_first_name",
    "extended_last_name",
    "privacy",
    "screening",
]
"""The names of `DidLineInformation`'s fields, for typed filters, orders and field lists."""
