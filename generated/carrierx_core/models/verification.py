from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """A verification e-mail and its state.

    Attributes:
        base_url (None | str | Unset): URL the verification token is appended to; a default is used when unset.
        email_template_sid (None | str | Unset): Email template used.
        partner_sid (None | str | Unset): Partner the e-mail is about.
        status (None | Unset | VerificationStatus):
        to_address (None | str | Unset): Recipient address.
    """

    base_url: None | str | Unset = UNSET
    email_template_sid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    status: None | Unset | VerificationStatus = UNSET
    to_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        email_template_sid: None | str | Unset
        if isinstance(self.email_template_sid, Unset):
            email_template_sid = UNSET
        else:
            email_template_sid = self.email_template_sid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VerificationStatus):
            status = self.status.value
        else:
            status = self.status

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
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
        if status is not UNSET:
            field_dict["status"] = status
        if to_address is not UNSET:
            field_dict["to_address"] = to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_email_template_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_template_sid = _parse_email_template_sid(d.pop("email_template_sid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_status(data: object) -> None | Unset | VerificationStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VerificationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_address = _parse_to_address(d.pop("to_address", UNSET))

        verification = cls(
            base_url=base_url,
            email_template_sid=email_template_sid,
            partner_sid=partner_sid,
            status=status,
            to_address=to_address,
        )

        verification.additional_properties = d
        return verification

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
