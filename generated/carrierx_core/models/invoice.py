"""Invoice: A partner invoice, updated as charges occur."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .invoice_item import InvoiceItem
    from .invoice_pay_item import InvoicePayItem
    from .invoice_tax_item import InvoiceTaxItem
    from .partner import Partner

_FIELDS: tuple[rt.Field, ...] = (
    ("amount", "amount", str),
    ("amount_due", "amount_due", str),
    ("amount_tax", "amount_tax", str),
    ("balance_forward", "balance_forward", str),
    ("balance_previous", "balance_previous", str),
    ("date_billing_period_end", "date_billing_period_end", rt.DATETIME),
    ("date_billing_period_start", "date_billing_period_start", rt.DATETIME),
    ("date_charge_expected", "date_charge_expected", rt.DATETIME),
    ("date_charged", "date_charged", rt.DATETIME),
    ("date_created", "date_created", rt.DATETIME),
    ("date_issued", "date_issued", rt.DATETIME),
    ("display_id", "display_id", str),
    (
        "invoice_items",
        "invoice_items",
        rt.list_reader(rt.model_reader("carrierx_core.models.invoice_item", "InvoiceItem")),
    ),
    ("invoice_sid", "invoice_sid", str),
    ("paid", "paid", bool),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
    (
        "pay_items",
        "pay_items",
        rt.list_reader(rt.model_reader("carrierx_core.models.invoice_pay_item", "InvoicePayItem")),
    ),
    ("status", "status", str),
    (
        "tax_items",
        "tax_items",
        rt.list_reader(rt.model_reader("carrierx_core.models.invoice_tax_item", "InvoiceTaxItem")),
    ),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Invoice:
    """A partner invoice, updated as charges occur.

    Attributes:
        amount: amount
        amount_due: amount_due
        amount_tax: amount_tax
        balance_forward: balance_forward
        balance_previous: balance_previous
        date_billing_period_end: date_billing_period_end
        date_billing_period_start: date_billing_period_start
        date_charge_expected: date_charge_expected
        date_charged: date_charged
        date_created: date_created
        date_issued: date_issued
        display_id: display_id
        invoice_items: invoice_items
        invoice_sid: invoice_sid
        paid: paid
        partner: The owning partner; only with `with_related=true`.
        partner_sid: partner_sid
        pay_items: pay_items
        status: status
        tax_items: tax_items
    """

    amount: str | None
    amount_due: str | None
    amount_tax: str | None
    balance_forward: str | None
    balance_previous: str | None
    date_billing_period_end: datetime.datetime | None
    date_billing_period_start: datetime.datetime | None
    date_charge_expected: datetime.datetime | None
    date_charged: datetime.datetime | None
    date_created: datetime.datetime | None
    date_issued: datetime.datetime | None
    display_id: str | None
    invoice_items: list[InvoiceItem] | None
    invoice_sid: str | None
    paid: bool | None
    partner: Partner | None
    partner_sid: str | None
    pay_items: list[InvoicePayItem] | None
    status: str | None
    tax_items: list[InvoiceTaxItem] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        amount: str | None | Unset = UNSET,
        amount_due: str | None | Unset = UNSET,
        amount_tax: str | None | Unset = UNSET,
        balance_forward: str | None | Unset = UNSET,
        balance_previous: str | None | Unset = UNSET,
        date_billing_period_end: datetime.datetime | None | Unset = UNSET,
        date_billing_period_start: datetime.datetime | None | Unset = UNSET,
        date_charge_expected: datetime.datetime | None | Unset = UNSET,
        date_charged: datetime.datetime | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        date_issued: datetime.datetime | None | Unset = UNSET,
        display_id: str | None | Unset = UNSET,
        invoice_items: list[InvoiceItem] | None | Unset = UNSET,
        invoice_sid: str | None | Unset = UNSET,
        paid: bool | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        pay_items: list[InvoicePayItem] | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        tax_items: list[InvoiceTaxItem] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.amount = rt.given(self, "amount", amount)
        self.amount_due = rt.given(self, "amount_due", amount_due)
        self.amount_tax = rt.given(self, "amount_tax", amount_tax)
        self.balance_forward = rt.given(self, "balance_forward", balance_forward)
        self.balance_previous = rt.given(self, "balance_previous", balance_previous)
        self.date_billing_period_end = rt.given(self, "date_billing_period_end", date_billing_period_end)
        self.date_billing_period_start = rt.given(self, "date_billing_period_start", date_billing_period_start)
        self.date_charge_expected = rt.given(self, "date_charge_expected", date_charge_expected)
        self.date_charged = rt.given(self, "date_charged", date_charged)
        self.date_created = rt.given(self, "date_created", date_created)
        self.date_issued = rt.given(self, "date_issued", date_issued)
        self.display_id = rt.given(self, "display_id", display_id)
        self.invoice_items = rt.given(self, "invoice_items", invoice_items)
        self.invoice_sid = rt.given(self, "invoice_sid", invoice_sid)
        self.paid = rt.given(self, "paid", paid)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.pay_items = rt.given(self, "pay_items", pay_items)
        self.status = rt.given(self, "status", status)
        self.tax_items = rt.given(self, "tax_items", tax_items)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


InvoiceFieldName = Literal[
    "amount",
    "amount_due",
    "amount_tax",
    "balance_forward",
    "balance_previous",
    "date_billing_period_end",
    "date_billing_period_start",
    "date_charge_expected",
    "date_charged",
    "date_created",
    "date_issued",
    "display_id",
    "invoice_items",
    "invoice_sid",
    "paid",
    "partner",
    "partner_sid",
    "pay_items",
    "status",
    "tax_items",
]
"""The names of `Invoice`'s fields, for typed filters, orders and field lists."""
