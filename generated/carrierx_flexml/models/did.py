from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.status_callback_method import StatusCallbackMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Did")


@_attrs_define
class Did:
    """A phone number routed to the FlexML endpoint, with its FlexML and status-callback settings.

    Attributes:
        account_sid (None | str | Unset): Account SID.
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code.
        did_sid (None | str | Unset): DID SID.
        in_country_format (None | str | Unset): The number in national format.
        international_format (None | str | Unset): The number in international format.
        method (HttpMethod | None | Unset): Method used to fetch `url` for inbound calls.
        phonenumber (None | str | Unset): The number, E.164 without `+`.
        status_callback_method (None | StatusCallbackMethod | Unset): Method used to request `status_callback_url`.
        status_callback_url (None | str | Unset): URL requested when a call involving this DID ends.
        url (None | str | Unset): URL of the FlexML instructions for inbound calls; overrides the account's.
    """

    account_sid: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    did_sid: None | str | Unset = UNSET
    in_country_format: None | str | Unset = UNSET
    international_format: None | str | Unset = UNSET
    method: HttpMethod | None | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    status_callback_method: None | StatusCallbackMethod | Unset = UNSET
    status_callback_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

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

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, HttpMethod):
            method = self.method.value
        else:
            method = self.method

        phonenumber: None | str | Unset
        if isinstance(self.phonenumber, Unset):
            phonenumber = UNSET
        else:
            phonenumber = self.phonenumber

        status_callback_method: None | str | Unset
        if isinstance(self.status_callback_method, Unset):
            status_callback_method = UNSET
        elif isinstance(self.status_callback_method, StatusCallbackMethod):
            status_callback_method = self.status_callback_method.value
        else:
            status_callback_method = self.status_callback_method

        status_callback_url: None | str | Unset
        if isinstance(self.status_callback_url, Unset):
            status_callback_url = UNSET
        else:
            status_callback_url = self.status_callback_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if did_sid is not UNSET:
            field_dict["did_sid"] = did_sid
        if in_country_format is not UNSET:
            field_dict["in_country_format"] = in_country_format
        if international_format is not UNSET:
            field_dict["international_format"] = international_format
        if method is not UNSET:
            field_dict["method"] = method
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber
        if status_callback_method is not UNSET:
            field_dict["status_callback_method"] = status_callback_method
        if status_callback_url is not UNSET:
            field_dict["status_callback_url"] = status_callback_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

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

        def _parse_method(data: object) -> HttpMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = HttpMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HttpMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_phonenumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber = _parse_phonenumber(d.pop("phonenumber", UNSET))

        def _parse_status_callback_method(data: object) -> None | StatusCallbackMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_callback_method_type_0 = StatusCallbackMethod(data)

                return status_callback_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusCallbackMethod | Unset, data)

        status_callback_method = _parse_status_callback_method(d.pop("status_callback_method", UNSET))

        def _parse_status_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_callback_url = _parse_status_callback_url(d.pop("status_callback_url", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        did = cls(
            account_sid=account_sid,
            country_code=country_code,
            did_sid=did_sid,
            in_country_format=in_country_format,
            international_format=international_format,
            method=method,
            phonenumber=phonenumber,
            status_callback_method=status_callback_method,
            status_callback_url=status_callback_url,
            url=url,
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
