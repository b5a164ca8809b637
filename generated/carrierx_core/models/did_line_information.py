"""DidLineInformation: Caller-ID (CNAM) and line presentation data of a DID. The feature is enabled by CarrierX support."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .did_line_information_class_of_service import DidLineInformationClassOfService
from .did_line_information_privacy import DidLineInformationPrivacy
from .did_line_information_screening import DidLineInformationScreening

_KEYS = (
    ("caller_name", "caller_name"),
    ("class_of_service", "class_of_service"),
    ("enabled", "enabled"),
    ("extended_business_name", "extended_business_name"),
    ("extended_first_name", "extended_first_name"),
    ("extended_last_name", "extended_last_name"),
    ("privacy", "privacy"),
    ("screening", "screening"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_CLASS_OF_SERVICE = rt.enum_reader(DidLineInformationClassOfService)
_READ_PRIVACY = rt.enum_reader(DidLineInformationPrivacy)
_READ_SCREENING = rt.enum_reader(DidLineInformationScreening)


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
        data = dict(src)
        self = cls.__new__(cls)
        self.caller_name = rt.read_field(cls, data, "caller_name", rt.STR, strict)
        self.class_of_service = rt.read_field(cls, data, "class_of_service", _READ_CLASS_OF_SERVICE, strict)
        self.enabled = rt.read_field(cls, data, "enabled", rt.BOOL, strict)
        self.extended_business_name = rt.read_field(cls, data, "extended_business_name", rt.STR, strict)
        self.extended_first_name = rt.read_field(cls, data, "extended_first_name", rt.STR, strict)
        self.extended_last_name = rt.read_field(cls, data, "extended_last_name", rt.STR, strict)
        self.privacy = rt.read_field(cls, data, "privacy", _READ_PRIVACY, strict)
        self.screening = rt.read_field(cls, data, "screening", _READ_SCREENING, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
