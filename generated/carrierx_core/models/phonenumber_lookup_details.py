from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonenumber_lookup_carrier import PhonenumberLookupCarrier
    from ..models.phonenumber_lookup_cnam import PhonenumberLookupCnam
    from ..models.phonenumber_lookup_lrn import PhonenumberLookupLrn


T = TypeVar("T", bound="PhonenumberLookupDetails")


@_attrs_define
class PhonenumberLookupDetails:
    """Optional details of a looked-up number; each is null unless requested and allowed.

    Attributes:
        carrier (None | PhonenumberLookupCarrier | Unset):
        cnam (None | PhonenumberLookupCnam | Unset): CNAM data (with `cnam=true`).
        lrn (None | PhonenumberLookupLrn | Unset): Location routing number data (with `lrn=true`).
    """

    carrier: None | PhonenumberLookupCarrier | Unset = UNSET
    cnam: None | PhonenumberLookupCnam | Unset = UNSET
    lrn: None | PhonenumberLookupLrn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phonenumber_lookup_carrier import PhonenumberLookupCarrier  # noqa: PLC0415
        from ..models.phonenumber_lookup_cnam import PhonenumberLookupCnam  # noqa: PLC0415
        from ..models.phonenumber_lookup_lrn import PhonenumberLookupLrn  # noqa: PLC0415

        carrier: dict[str, Any] | None | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, PhonenumberLookupCarrier):
            carrier = self.carrier.to_dict()
        else:
            carrier = self.carrier

        cnam: dict[str, Any] | None | Unset
        if isinstance(self.cnam, Unset):
            cnam = UNSET
        elif isinstance(self.cnam, PhonenumberLookupCnam):
            cnam = self.cnam.to_dict()
        else:
            cnam = self.cnam

        lrn: dict[str, Any] | None | Unset
        if isinstance(self.lrn, Unset):
            lrn = UNSET
        elif isinstance(self.lrn, PhonenumberLookupLrn):
            lrn = self.lrn.to_dict()
        else:
            lrn = self.lrn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cnam is not UNSET:
            field_dict["cnam"] = cnam
        if lrn is not UNSET:
            field_dict["lrn"] = lrn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonenumber_lookup_carrier import PhonenumberLookupCarrier  # noqa: PLC0415
        from ..models.phonenumber_lookup_cnam import PhonenumberLookupCnam  # noqa: PLC0415
        from ..models.phonenumber_lookup_lrn import PhonenumberLookupLrn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_carrier(data: object) -> None | PhonenumberLookupCarrier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                carrier_type_0 = PhonenumberLookupCarrier.from_dict(data)

                return carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberLookupCarrier | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        def _parse_cnam(data: object) -> None | PhonenumberLookupCnam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cnam_type_0 = PhonenumberLookupCnam.from_dict(data)

                return cnam_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberLookupCnam | Unset, data)

        cnam = _parse_cnam(d.pop("cnam", UNSET))

        def _parse_lrn(data: object) -> None | PhonenumberLookupLrn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lrn_type_0 = PhonenumberLookupLrn.from_dict(data)

                return lrn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberLookupLrn | Unset, data)

        lrn = _parse_lrn(d.pop("lrn", UNSET))

        phonenumber_lookup_details = cls(
            carrier=carrier,
            cnam=cnam,
            lrn=lrn,
        )

        phonenumber_lookup_details.additional_properties = d
        return phonenumber_lookup_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
