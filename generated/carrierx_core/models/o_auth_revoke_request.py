from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthRevokeRequest")


@_attrs_define
class OAuthRevokeRequest:
    """Form fields to revoke a token.

    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        token (str | Unset): Token to revoke; when left out, the token that authorises this call is revoked.
        token_type (str | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        token = self.token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if token is not UNSET:
            field_dict["token"] = token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        token = d.pop("token", UNSET)

        token_type = d.pop("token_type", UNSET)

        o_auth_revoke_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            token=token,
            token_type=token_type,
        )

        o_auth_revoke_request.additional_properties = d
        return o_auth_revoke_request

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
