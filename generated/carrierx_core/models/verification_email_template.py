"""VerificationEmailTemplate: A system e-mail template."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .verification_email_template_type import VerificationEmailTemplateType

_FIELDS: tuple[rt.Field, ...] = (
    ("bcc_addresses", "bcc_addresses", str),
    ("cc_addresses", "cc_addresses", str),
    ("from_address", "from_address", str),
    ("html_body", "html_body", str),
    ("name", "name", str),
    ("subject", "subject", str),
    ("template_sid", "template_sid", str),
    ("text_body", "text_body", str),
    ("to_addresses", "to_addresses", str),
    ("type_", "type", rt.enum_reader(VerificationEmailTemplateType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


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
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

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
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


VerificationEmailTemplateFieldName = Literal[
    "bcc_addresses",
    "cc_addresses",
    "from_address",
    "html_body",
    "name",
    "subject",
    "template_sid",
    "text_body",
    "to_addresses",
    "type",
]
"""The names of `VerificationEmailTemplate`'s fields, for typed filters, orders and field lists."""
