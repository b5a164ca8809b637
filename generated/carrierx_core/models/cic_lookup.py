from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CicLookup")


@_attrs_define
class CicLookup:
    """CIC (and optionally RespOrg) of a toll-free number.

    Attributes:
        cic (None | str | Unset): Carrier Identification Code; an empty string means the lookup worked but the number
            has none.
        resporg (None | str | Unset): RespOrg ID (with `resporg=true`).
    """

    cic: None | str | Unset = UNSET
    resporg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cic: None | str | Unset
        if isinstance(self.cic, Unset):
            cic = UNSET
        else:
            cic = self.cic

        resporg: None | str | Unset
        if isinstance(self.resporg, Unset):
            resporg = UNSET
        else:
            resporg = self.resporg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cic is not UNSET:
            field_dict["cic"] = cic
        if resporg is not UNSET:
            field_dict["resporg"] = resporg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cic = _parse_cic(d.pop("cic", UNSET))

        def _parse_resporg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resporg = _parse_resporg(d.pop("resporg", UNSET))

        cic_lookup = cls(
            cic=cic,
            resporg=resporg,
        )

        cic_lookup.additional_properties = d
        return cic_lookup

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
