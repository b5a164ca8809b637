from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenUpdate")


@_attrs_define
class OAuthTokenUpdate:
    """OAuth token fields to change (PATCH).

    Attributes:
        date_expiration_access_token (datetime.datetime | Unset):
        date_expiration_refresh_token (datetime.datetime | Unset):
        name (str | Unset):
        scopes (list[str] | Unset):
    """

    date_expiration_access_token: datetime.datetime | Unset = UNSET
    date_expiration_refresh_token: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_expiration_access_token: str | Unset = UNSET
        if not isinstance(self.date_expiration_access_token, Unset):
            date_expiration_access_token = self.date_expiration_access_token.isoformat()

        date_expiration_refresh_token: str | Unset = UNSET
        if not isinstance(self.date_expiration_refresh_token, Unset):
            date_expiration_refresh_token = self.date_expiration_refresh_token.isoformat()

        name = self.name

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_expiration_access_token is not UNSET:
            field_dict["date_expiration_access_token"] = date_expiration_access_token
        if date_expiration_refresh_token is not UNSET:
            field_dict["date_expiration_refresh_token"] = date_expiration_refresh_token
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_expiration_access_token = d.pop("date_expiration_access_token", UNSET)
        date_expiration_access_token: datetime.datetime | Unset
        if isinstance(_date_expiration_access_token, Unset):
            date_expiration_access_token = UNSET
        else:
            date_expiration_access_token = datetime.datetime.fromisoformat(_date_expiration_access_token)

        _date_expiration_refresh_token = d.pop("date_expiration_refresh_token", UNSET)
        date_expiration_refresh_token: datetime.datetime | Unset
        if isinstance(_date_expiration_refresh_token, Unset):
            date_expiration_refresh_token = UNSET
        else:
            date_expiration_refresh_token = datetime.datetime.fromisoformat(_date_expiration_refresh_token)

        name = d.pop("name", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        o_auth_token_update = cls(
            date_expiration_access_token=date_expiration_access_token,
            date_expiration_refresh_token=date_expiration_refresh_token,
            name=name,
            scopes=scopes,
        )

        o_auth_token_update.additional_properties = d
        return o_auth_token_update

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
