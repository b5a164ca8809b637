from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationEmailCreate")


@_attrs_define
class VerificationEmailCreate:
    """Fields to send a verification e-mail; give to_address or partner_sid (then the partner's owner_email is used).

    Attributes:
        base_url (str | Unset):
        email_template_sid (str | Unset):
        partner_sid (str | Unset):
        to_address (str | Unset):
    """

    base_url: str | Unset = UNSET
    email_template_sid: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    to_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        email_template_sid = self.email_template_sid

        partner_sid = self.partner_sid

        to_address = self.to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if email_template_sid is not UNSET:
            field_dict["email_template_sid"] = email_template_sid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if to_address is not UNSET:
            field_dict["to_address"] = to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_url = d.pop("base_url", UNSET)

        email_template_sid = d.pop("email_template_sid", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        to_address = d.pop("to_address", UNSET)

        verification_email_create = cls(
            base_url=base_url,
            email_template_sid=email_template_sid,
            partner_sid=partner_sid,
            to_address=to_address,
        )

        verification_email_create.additional_properties = d
        return verification_email_create

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
