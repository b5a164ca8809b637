from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointProperties")


@_attrs_define
class EndpointProperties:
    """Type-specific settings of an endpoint. For hosted application endpoints they hold the credentials and root URL of
    that application's API.

        Attributes:
            account_sid (None | str | Unset): Secure ID of the application account behind this endpoint.
            api_url (None | str | Unset): Root URL of the endpoint's API (for example
                https://api.carrierx.com/conference/v1).
            container_sid (None | str | Unset): Storage container secure ID.
            login (None | str | Unset): Login (Basic auth user name) for the endpoint's API.
            password (None | str | Unset): Password (Basic auth) for the endpoint's API.
    """

    account_sid: None | str | Unset = UNSET
    api_url: None | str | Unset = UNSET
    container_sid: None | str | Unset = UNSET
    login: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        api_url: None | str | Unset
        if isinstance(self.api_url, Unset):
            api_url = UNSET
        else:
            api_url = self.api_url

        container_sid: None | str | Unset
        if isinstance(self.container_sid, Unset):
            container_sid = UNSET
        else:
            container_sid = self.container_sid

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if api_url is not UNSET:
            field_dict["api_url"] = api_url
        if container_sid is not UNSET:
            field_dict["container_sid"] = container_sid
        if login is not UNSET:
            field_dict["login"] = login
        if password is not UNSET:
            field_dict["password"] = password

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

        def _parse_api_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_url = _parse_api_url(d.pop("api_url", UNSET))

        def _parse_container_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_sid = _parse_container_sid(d.pop("container_sid", UNSET))

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        endpoint_properties = cls(
            account_sid=account_sid,
            api_url=api_url,
            container_sid=container_sid,
            login=login,
            password=password,
        )

        endpoint_properties.additional_properties = d
        return endpoint_properties

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
