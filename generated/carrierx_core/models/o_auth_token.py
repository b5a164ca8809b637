from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner


T = TypeVar("T", bound="OAuthToken")


@_attrs_define
class OAuthToken:
    """An OAuth bearer token with its expiry and scopes.

    Attributes:
        access_token (None | str | Unset): The bearer token to send in `Authorization: Bearer`.
        client_id (None | str | Unset):
        client_secret (None | str | Unset): Never returned.
        date_created (datetime.datetime | None | Unset):
        date_expiration_access_token (datetime.datetime | None | Unset):
        date_expiration_refresh_token (datetime.datetime | None | Unset):
        date_last_accessed (datetime.datetime | None | Unset):
        ip_last_accessed (None | str | Unset):
        name (None | str | Unset):
        partner (None | Partner | Unset): The owning partner; only with `with_related=true`.
        partner_sid (None | str | Unset):
        refresh_token (None | str | Unset):
        scopes (list[str] | None | Unset): Scopes of the token (a subset of the partner's available_scopes).
        token_sid (None | str | Unset):
        token_type (None | str | Unset): Token type.
    """

    access_token: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_expiration_access_token: datetime.datetime | None | Unset = UNSET
    date_expiration_refresh_token: datetime.datetime | None | Unset = UNSET
    date_last_accessed: datetime.datetime | None | Unset = UNSET
    ip_last_accessed: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    token_sid: None | str | Unset = UNSET
    token_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_expiration_access_token: None | str | Unset
        if isinstance(self.date_expiration_access_token, Unset):
            date_expiration_access_token = UNSET
        elif isinstance(self.date_expiration_access_token, datetime.datetime):
            date_expiration_access_token = self.date_expiration_access_token.isoformat()
        else:
            date_expiration_access_token = self.date_expiration_access_token

        date_expiration_refresh_token: None | str | Unset
        if isinstance(self.date_expiration_refresh_token, Unset):
            date_expiration_refresh_token = UNSET
        elif isinstance(self.date_expiration_refresh_token, datetime.datetime):
            date_expiration_refresh_token = self.date_expiration_refresh_token.isoformat()
        else:
            date_expiration_refresh_token = self.date_expiration_refresh_token

        date_last_accessed: None | str | Unset
        if isinstance(self.date_last_accessed, Unset):
            date_last_accessed = UNSET
        elif isinstance(self.date_last_accessed, datetime.datetime):
            date_last_accessed = self.date_last_accessed.isoformat()
        else:
            date_last_accessed = self.date_last_accessed

        ip_last_accessed: None | str | Unset
        if isinstance(self.ip_last_accessed, Unset):
            ip_last_accessed = UNSET
        else:
            ip_last_accessed = self.ip_last_accessed

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        token_sid: None | str | Unset
        if isinstance(self.token_sid, Unset):
            token_sid = UNSET
        else:
            token_sid = self.token_sid

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        else:
            token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_expiration_access_token is not UNSET:
            field_dict["date_expiration_access_token"] = date_expiration_access_token
        if date_expiration_refresh_token is not UNSET:
            field_dict["date_expiration_refresh_token"] = date_expiration_refresh_token
        if date_last_accessed is not UNSET:
            field_dict["date_last_accessed"] = date_last_accessed
        if ip_last_accessed is not UNSET:
            field_dict["ip_last_accessed"] = ip_last_accessed
        if name is not UNSET:
            field_dict["name"] = name
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_sid is not UNSET:
            field_dict["token_sid"] = token_sid
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("access_token", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_expiration_access_token(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expiration_access_token_type_0 = datetime.datetime.fromisoformat(data)

                return date_expiration_access_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expiration_access_token = _parse_date_expiration_access_token(d.pop("date_expiration_access_token", UNSET))

        def _parse_date_expiration_refresh_token(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expiration_refresh_token_type_0 = datetime.datetime.fromisoformat(data)

                return date_expiration_refresh_token_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expiration_refresh_token = _parse_date_expiration_refresh_token(
            d.pop("date_expiration_refresh_token", UNSET)
        )

        def _parse_date_last_accessed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_accessed_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_accessed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_accessed = _parse_date_last_accessed(d.pop("date_last_accessed", UNSET))

        def _parse_ip_last_accessed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_last_accessed = _parse_ip_last_accessed(d.pop("ip_last_accessed", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refresh_token", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_token_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_sid = _parse_token_sid(d.pop("token_sid", UNSET))

        def _parse_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_type = _parse_token_type(d.pop("token_type", UNSET))

        o_auth_token = cls(
            access_token=access_token,
            client_id=client_id,
            client_secret=client_secret,
            date_created=date_created,
            date_expiration_access_token=date_expiration_access_token,
            date_expiration_refresh_token=date_expiration_refresh_token,
            date_last_accessed=date_last_accessed,
            ip_last_accessed=ip_last_accessed,
            name=name,
            partner=partner,
            partner_sid=partner_sid,
            refresh_token=refresh_token,
            scopes=scopes,
            token_sid=token_sid,
            token_type=token_type,
        )

        o_auth_token.additional_properties = d
        return o_auth_token

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
