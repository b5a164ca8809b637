from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties


T = TypeVar("T", bound="Did")


@_attrs_define
class Did:
    """A phone number routed to the conference endpoint.

    Attributes:
        account_sid (None | str | Unset): SID of the account.
        properties (CallFlowProperties | None | Unset): Call flow properties overridden at DID level.
        call_flow_sid (None | str | Unset): SID of the call flow used for this DID.
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code, set automatically.
        did_group_sid (None | str | Unset): SID of the DID group of this DID.
        did_sid (None | str | Unset): DID SID.
        in_country_format (None | str | Unset): The number in national format.
        international_format (None | str | Unset): The number in international format.
        phonenumber (None | str | Unset): The phone number (E.164 digits, sample without `+`).
    """

    account_sid: None | str | Unset = UNSET
    properties: CallFlowProperties | None | Unset = UNSET
    call_flow_sid: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    did_sid: None | str | Unset = UNSET
    in_country_format: None | str | Unset = UNSET
    international_format: None | str | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, CallFlowProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        call_flow_sid: None | str | Unset
        if isinstance(self.call_flow_sid, Unset):
            call_flow_sid = UNSET
        else:
            call_flow_sid = self.call_flow_sid

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

        did_sid: None | str | Unset
        if isinstance(self.did_sid, Unset):
            did_sid = UNSET
        else:
            did_sid = self.did_sid

        in_country_format: None | str | Unset
        if isinstance(self.in_country_format, Unset):
            in_country_format = UNSET
        else:
            in_country_format = self.in_country_format

        international_format: None | str | Unset
        if isinstance(self.international_format, Unset):
            international_format = UNSET
        else:
            international_format = self.international_format

        phonenumber: None | str | Unset
        if isinstance(self.phonenumber, Unset):
            phonenumber = UNSET
        else:
            phonenumber = self.phonenumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if call_flow_sid is not UNSET:
            field_dict["call_flow_sid"] = call_flow_sid
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if did_sid is not UNSET:
            field_dict["did_sid"] = did_sid
        if in_country_format is not UNSET:
            field_dict["in_country_format"] = in_country_format
        if international_format is not UNSET:
            field_dict["international_format"] = international_format
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_properties(data: object) -> CallFlowProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = CallFlowProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallFlowProperties | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_call_flow_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_flow_sid = _parse_call_flow_sid(d.pop("call_flow_sid", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        def _parse_did_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_sid = _parse_did_sid(d.pop("did_sid", UNSET))

        def _parse_in_country_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_country_format = _parse_in_country_format(d.pop("in_country_format", UNSET))

        def _parse_international_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        international_format = _parse_international_format(d.pop("international_format", UNSET))

        def _parse_phonenumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber = _parse_phonenumber(d.pop("phonenumber", UNSET))

        did = cls(
            account_sid=account_sid,
            properties=properties,
            call_flow_sid=call_flow_sid,
            country_code=country_code,
            did_group_sid=did_group_sid,
            did_sid=did_sid,
            in_country_format=in_country_format,
            international_format=international_format,
            phonenumber=phonenumber,
        )

        did.additional_properties = d
        return did

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
