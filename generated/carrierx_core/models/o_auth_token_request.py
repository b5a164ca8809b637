from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")


@_attrs_define
class OAuthTokenRequest:
    """Form fields to obtain a token.

    Attributes:
        access_token_expires_in (int | Unset): Access token lifetime in seconds.
        client_id (str | Unset):
        client_secret (str | Unset):
        grant_type (str | Unset): OAuth grant type.
        password (str | Unset): Partner password (password grant).
        username (str | Unset): Partner login (password grant).
    """

    access_token_expires_in: int | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    grant_type: str | Unset = UNSET
    password: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token_expires_in = self.access_token_expires_in

        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token_expires_in is not UNSET:
            field_dict["access_token_expires_in"] = access_token_expires_in
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token_expires_in = d.pop("access_token_expires_in", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        grant_type = d.pop("grant_type", UNSET)

        password = d.pop("password", UNSET)

        username = d.pop("username", UNSET)

        o_auth_token_request = cls(
            access_token_expires_in=access_token_expires_in,
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            password=password,
            username=username,
        )

        o_auth_token_request.additional_properties = d
        return o_auth_token_request

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
