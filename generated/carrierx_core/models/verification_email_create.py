"""VerificationEmailCreate: Fields to send a verification e-mail; give to_address or partner_sid (then the partner's owner_email
is used)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("base_url", "base_url", str),
    ("email_template_sid", "email_template_sid", str),
    ("partner_sid", "partner_sid", str),
    ("to_address", "to_address", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class VerificationEmailCreate:
    """Fields to send a verification e-mail; give to_address or partner_sid (then the partner's
    owner_email is used).

    Attributes:
        base_url: base_url
        email_template_sid: email_template_sid
        partner_sid: partner_sid
        to_address: to_address
    """

    base_url: str | None
    email_template_sid: str | None
    partner_sid: str | None
    to_address: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        base_url: str | None | Unset = UNSET,
        email_template_sid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        to_address: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.base_url = rt.given(self, "base_url", base_url)
        self.email_template_sid = rt.given(self, "email_template_sid", email_template_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.to_address = rt.given(self, "to_address", to_address)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


VerificationEmailCreateFieldName = Literal[
    "base_url",
    "email_template_sid",
    "partner_sid",
    "to_address",
]
"""The names of `VerificationEmailCreate`'s fields, for typed filters, orders and field lists."""


class VerificationEmailCreateParams(TypedDict, total=False):
    base_url: str | None
    email_template_sid: str | None
    partner_sid: str | None
    to_address: str | None
