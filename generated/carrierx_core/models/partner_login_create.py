from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartnerLoginCreate")


@_attrs_define
class PartnerLoginCreate:
    """Fields for a new sub-login.

    Attributes:
        login (str): `<partner login>_<sub-login>`.
        password (str):
        token_scopes (list[str]):
    """

    login: str
    password: str
    token_scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        token_scopes = self.token_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
                "token_scopes": token_scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        token_scopes = cast(list[str], d.pop("token_scopes"))

        partner_login_create = cls(
            login=login,
            password=password,
            token_scopes=token_scopes,
        )

        partner_login_create.additional_properties = d
        return partner_login_create

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
