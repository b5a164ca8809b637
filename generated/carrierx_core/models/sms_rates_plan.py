from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRatesPlan")


@_attrs_define
class SmsRatesPlan:
    """The rates plan a rate list comes from.

    Attributes:
        name (None | str | Unset): Rates plan name.
        rates_plan_sid (None | str | Unset): Rates plan SID.
    """

    name: None | str | Unset = UNSET
    rates_plan_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rates_plan_sid: None | str | Unset
        if isinstance(self.rates_plan_sid, Unset):
            rates_plan_sid = UNSET
        else:
            rates_plan_sid = self.rates_plan_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rates_plan_sid is not UNSET:
            field_dict["rates_plan_sid"] = rates_plan_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rates_plan_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rates_plan_sid = _parse_rates_plan_sid(d.pop("rates_plan_sid", UNSET))

        sms_rates_plan = cls(
            name=name,
            rates_plan_sid=rates_plan_sid,
        )

        sms_rates_plan.additional_properties = d
        return sms_rates_plan

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
