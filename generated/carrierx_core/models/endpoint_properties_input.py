from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointPropertiesInput")


@_attrs_define
class EndpointPropertiesInput:
    """Type-specific endpoint settings as sent in a request.

    Attributes:
        account_sid (str | Unset): Secure ID of the application account behind this endpoint.
        api_url (str | Unset): Root URL of the endpoint's API (for example https://api.carrierx.com/conference/v1).
        container_sid (str | Unset): Storage container secure ID.
        login (str | Unset): Login (Basic auth user name) for the endpoint's API.
        password (str | Unset): Password (Basic auth) for the endpoint's API.
    """

    account_sid: str | Unset = UNSET
    api_url: str | Unset = UNSET
    container_sid: str | Unset = UNSET
    login: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        api_url = self.api_url

        container_sid = self.container_sid

        login = self.login

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
        account_sid = d.pop("account_sid", UNSET)

        api_url = d.pop("api_url", UNSET)

        container_sid = d.pop("container_sid", UNSET)

        login = d.pop("login", UNSET)

        password = d.pop("password", UNSET)

        endpoint_properties_input = cls(
            account_sid=account_sid,
            api_url=api_url,
            container_sid=container_sid,
            login=login,
            password=password,
        )

        endpoint_properties_input.additional_properties = d
        return endpoint_properties_input

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
