"""Verification: A verification e-mail and its state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .verification_status import VerificationStatus

_FIELDS: tuple[rt.Field, ...] = (
    ("base_url", "base_url", str),
    ("email_template_sid", "email_template_sid", str),
    ("partner_sid", "partner_sid", str),
    ("status", "status", rt.enum_reader(VerificationStatus)),
    ("to_address", "to_address", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Verification:
    """A verification e-mail and its state.

    Attributes:
        base_url: URL the verification token is appended to; a default is used when unset.
        email_template_sid: Email template used.
        partner_sid: Partner the e-mail is about.
        status: status
        to_address: Recipient address.
    """

    base_url: str | None
    email_template_sid: str | None
    partner_sid: str | None
    status: VerificationStatus | None
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
        status: VerificationStatus | None | Unset = UNSET,
        to_address: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.base_url = rt.given(self, "base_url", base_url)
        self.email_template_sid = rt.given(self, "email_template_sid", email_template_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.status = rt.given(self, "status", status)
        self.to_address = rt.given(self, "to_address", to_address)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


VerificationFieldName = Literal[
    "base_url",
    "email_template_sid",
    "partner_sid",
    "status",
    "to_address",
]
"""The names of `Verification`'s fields, for typed filters, orders and field lists."""
