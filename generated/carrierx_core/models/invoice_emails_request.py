"""InvoiceEmailsRequest: Form body naming where to send the invoice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt

_FIELDS: tuple[rt.Field, ...] = (("emails", "emails", str),)
_LOAD = rt.model_loader(_FIELDS, ("emails",), True)


@_attrs_define(init=False)
class InvoiceEmailsRequest:
    """Form body naming where to send the invoice.

    Attributes:
        emails: One or more e-mail addresses, comma-separated (form-encoded, so `@` becomes %40 and `,`
            %2C on the wire).
    """

    emails: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        emails: str,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.emails = rt.given(self, "emails", emails)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


InvoiceEmailsRequestFieldName = Literal["emails",]
"""The names of `InvoiceEmailsRequest`'s fields, for typed filters, orders and field lists."""


class InvoiceEmailsRequestParams(TypedDict, total=False):
    emails: Required[str]
