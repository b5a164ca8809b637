from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerLoginUpdate")


@_attrs_define
class PartnerLoginUpdate:
    """Sub-login fields to change (PATCH); only the password can change.

    Attributes:
        login (str | Unset): Sub-login, `<partner login>_<sub-login>`.
        password (str | Unset):
        token_scopes (list[str] | Unset): Scopes given to tokens created with this login.
    """

    login: str | Unset = UNSET
    password: str | Unset = UNSET
    token_scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        token_scopes: list[str] | Unset = UNSET
        if not isinstance(self.token_scopes, Unset):
            token_scopes = self.token_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if password is not UNSET:
            field_dict["password"] = password
        if token_scopes is not UNSET:
            field_dict["token_scopes"] = token_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login", UNSET)

        password = d.pop("password", UNSET)

        token_scopes = cast(list[str], d.pop("token_scopes", UNSET))

        partner_login_update = cls(
            login=login,
            password=password,
            token_scopes=token_scopes,
        )

        partner_login_update.additional_properties = d
        return partner_login_update

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
