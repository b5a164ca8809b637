from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_email_template_type import VerificationEmailTemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationEmailTemplate")


@_attrs_define
class VerificationEmailTemplate:
    """A system e-mail template.

    Attributes:
        bcc_addresses (None | str | Unset):
        cc_addresses (None | str | Unset):
        from_address (None | str | Unset):
        html_body (None | str | Unset):
        name (None | str | Unset):
        subject (None | str | Unset):
        template_sid (None | str | Unset):
        text_body (None | str | Unset): Plain-text body with `${base_url}` and `${uuid}` placeholders.
        to_addresses (None | str | Unset):
        type_ (None | Unset | VerificationEmailTemplateType):
    """

    bcc_addresses: None | str | Unset = UNSET
    cc_addresses: None | str | Unset = UNSET
    from_address: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    template_sid: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    to_addresses: None | str | Unset = UNSET
    type_: None | Unset | VerificationEmailTemplateType = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bcc_addresses: None | str | Unset
        if isinstance(self.bcc_addresses, Unset):
            bcc_addresses = UNSET
        else:
            bcc_addresses = self.bcc_addresses

        cc_addresses: None | str | Unset
        if isinstance(self.cc_addresses, Unset):
            cc_addresses = UNSET
        else:
            cc_addresses = self.cc_addresses

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        template_sid: None | str | Unset
        if isinstance(self.template_sid, Unset):
            template_sid = UNSET
        else:
            template_sid = self.template_sid

        text_body: None | str | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        else:
            text_body = self.text_body

        to_addresses: None | str | Unset
        if isinstance(self.to_addresses, Unset):
            to_addresses = UNSET
        else:
            to_addresses = self.to_addresses

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VerificationEmailTemplateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bcc_addresses is not UNSET:
            field_dict["bcc_addresses"] = bcc_addresses
        if cc_addresses is not UNSET:
            field_dict["cc_addresses"] = cc_addresses
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if html_body is not UNSET:
            field_dict["html_body"] = html_body
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if template_sid is not UNSET:
            field_dict["template_sid"] = template_sid
        if text_body is not UNSET:
            field_dict["text_body"] = text_body
        if to_addresses is not UNSET:
            field_dict["to_addresses"] = to_addresses
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bcc_addresses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bcc_addresses = _parse_bcc_addresses(d.pop("bcc_addresses", UNSET))

        def _parse_cc_addresses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc_addresses = _parse_cc_addresses(d.pop("cc_addresses", UNSET))

        def _parse_from_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_address = _parse_from_address(d.pop("from_address", UNSET))

        def _parse_html_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_body = _parse_html_body(d.pop("html_body", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_template_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_sid = _parse_template_sid(d.pop("template_sid", UNSET))

        def _parse_text_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_body = _parse_text_body(d.pop("text_body", UNSET))

        def _parse_to_addresses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_addresses = _parse_to_addresses(d.pop("to_addresses", UNSET))

        def _parse_type_(data: object) -> None | Unset | VerificationEmailTemplateType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = VerificationEmailTemplateType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationEmailTemplateType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        verification_email_template = cls(
            bcc_addresses=bcc_addresses,
            cc_addresses=cc_addresses,
            from_address=from_address,
            html_body=html_body,
            name=name,
            subject=subject,
            template_sid=template_sid,
            text_body=text_body,
            to_addresses=to_addresses,
            type_=type_,
        )

        verification_email_template.additional_properties = d
        return verification_email_template

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
