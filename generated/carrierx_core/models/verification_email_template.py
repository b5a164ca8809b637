"""VerificationEmailTemplate: A system e-mail template."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .verification_email_template_type import VerificationEmailTemplateType

_KEYS = (
    ("bcc_addresses", "bcc_addresses"),
    ("cc_addresses", "cc_addresses"),
    ("from_address", "from_address"),
    ("html_body", "html_body"),
    ("name", "name"),
    ("subject", "subject"),
    ("template_sid", "template_sid"),
    ("text_body", "text_body"),
    ("to_addresses", "to_addresses"),
    ("type_", "type"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_TYPE_ = rt.enum_reader(VerificationEmailTemplateType)


@_attrs_define(init=False)
class VerificationEmailTemplate:
    """A system e-mail template.
    Attributes:
        bcc_addresses: bcc_addresses
        cc_addresses: cc_addresses
        from_address: from_address
        html_body: html_body
        name: name
        subject: subject
        template_sid: template_sid
        text_body: Plain-text body with `${base_url}` and `${uuid}` placeholders.
        to_addresses: to_addresses
        type_: type
    """

    bcc_addresses: str | None
    cc_addresses: str | None
    from_address: str | None
    html_body: str | None
    name: str | None
    subject: str | None
    template_sid: str | None
    text_body: str | None
    to_addresses: str | None
    type_: VerificationEmailTemplateType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)

    def __init__(
        self,
        *,
        bcc_addresses: str | None | Unset = UNSET,
        cc_addresses: str | None | Unset = UNSET,
        from_address: str | None | Unset = UNSET,
        html_body: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        template_sid: str | None | Unset = UNSET,
        text_body: str | None | Unset = UNSET,
        to_addresses: str | None | Unset = UNSET,
        type_: VerificationEmailTemplateType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.bcc_addresses = rt.given(self, "bcc_addresses", bcc_addresses)
        self.cc_addresses = rt.given(self, "cc_addresses", cc_addresses)
        self.from_address = rt.given(self, "from_address", from_address)
        self.html_body = rt.given(self, "html_body", html_body)
        self.name = rt.given(self, "name", name)
        self.subject = rt.given(self, "subject", subject)
        self.template_sid = rt.given(self, "template_sid", template_sid)
        self.text_body = rt.given(self, "text_body", text_body)
        self.to_addresses = rt.given(self, "to_addresses", to_addresses)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        data = dict(src)
        self = cls.__new__(cls)
        self.bcc_addresses = rt.read_field(cls, data, "bcc_addresses", rt.STR, strict)
        self.cc_addresses = rt.read_field(cls, data, "cc_addresses", rt.STR, strict)
        self.from_address = rt.read_field(cls, data, "from_address", rt.STR, strict)
        self.html_body = rt.read_field(cls, data, "html_body", rt.STR, strict)
        self.name = rt.read_field(cls, data, "name", rt.STR, strict)
        self.subject = rt.read_field(cls, data, "subject", rt.STR, strict)
        self.template_sid = rt.read_field(cls, data, "template_sid", rt.STR, strict)
        self.text_body = rt.read_field(cls, data, "text_body", rt.STR, strict)
        self.to_addresses = rt.read_field(cls, data, "to_addresses", rt.STR, strict)
        self.type_ = rt.read_field(cls, data, "type", _READ_TYPE_, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)
