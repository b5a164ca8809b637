from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerLogin")


@_attrs_define
class PartnerLogin:
    """An additional login (sub-login) of a partner.

    Attributes:
        login (None | str | Unset): Sub-login, `<partner login>_<sub-login>`.
        login_sid (None | str | Unset):
        partner_sid (None | str | Unset):
        token_scopes (list[str] | None | Unset): Scopes given to tokens created with this login.
    """

    login: None | str | Unset = UNSET
    login_sid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    token_scopes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        login_sid: None | str | Unset
        if isinstance(self.login_sid, Unset):
            login_sid = UNSET
        else:
            login_sid = self.login_sid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        token_scopes: list[str] | None | Unset
        if isinstance(self.token_scopes, Unset):
            token_scopes = UNSET
        elif isinstance(self.token_scopes, list):
            token_scopes = self.token_scopes

        else:
            token_scopes = self.token_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if login_sid is not UNSET:
            field_dict["login_sid"] = login_sid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if token_scopes is not UNSET:
            field_dict["token_scopes"] = token_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_login_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login_sid = _parse_login_sid(d.pop("login_sid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_token_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                token_scopes_type_0 = cast(list[str], data)

                return token_scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        token_scopes = _parse_token_scopes(d.pop("token_scopes", UNSET))

        partner_login = cls(
            login=login,
            login_sid=login_sid,
            partner_sid=partner_sid,
            token_scopes=token_scopes,
        )

        partner_login.additional_properties = d
        return partner_login

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
