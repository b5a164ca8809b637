from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item import InvoiceItem
    from ..models.invoice_pay_item import InvoicePayItem
    from ..models.invoice_tax_item import InvoiceTaxItem
    from ..models.partner import Partner


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A partner invoice, updated as charges occur.

    Attributes:
        amount (None | str | Unset):
        amount_due (None | str | Unset):
        amount_tax (None | str | Unset):
        balance_forward (None | str | Unset):
        balance_previous (None | str | Unset):
        date_billing_period_end (datetime.datetime | None | Unset):
        date_billing_period_start (datetime.datetime | None | Unset):
        date_charge_expected (datetime.datetime | None | Unset):
        date_charged (datetime.datetime | None | Unset):
        date_created (datetime.datetime | None | Unset):
        date_issued (datetime.datetime | None | Unset):
        display_id (None | str | Unset):
        invoice_items (list[InvoiceItem] | None | Unset):
        invoice_sid (None | str | Unset):
        paid (bool | None | Unset):
        partner (None | Partner | Unset): The owning partner; only with `with_related=true`.
        partner_sid (None | str | Unset):
        pay_items (list[InvoicePayItem] | None | Unset):
        status (None | str | Unset):
        tax_items (list[InvoiceTaxItem] | None | Unset):
    """

    amount: None | str | Unset = UNSET
    amount_due: None | str | Unset = UNSET
    amount_tax: None | str | Unset = UNSET
    balance_forward: None | str | Unset = UNSET
    balance_previous: None | str | Unset = UNSET
    date_billing_period_end: datetime.datetime | None | Unset = UNSET
    date_billing_period_start: datetime.datetime | None | Unset = UNSET
    date_charge_expected: datetime.datetime | None | Unset = UNSET
    date_charged: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_issued: datetime.datetime | None | Unset = UNSET
    display_id: None | str | Unset = UNSET
    invoice_items: list[InvoiceItem] | None | Unset = UNSET
    invoice_sid: None | str | Unset = UNSET
    paid: bool | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    pay_items: list[InvoicePayItem] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tax_items: list[InvoiceTaxItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        amount_due: None | str | Unset
        if isinstance(self.amount_due, Unset):
            amount_due = UNSET
        else:
            amount_due = self.amount_due

        amount_tax: None | str | Unset
        if isinstance(self.amount_tax, Unset):
            amount_tax = UNSET
        else:
            amount_tax = self.amount_tax

        balance_forward: None | str | Unset
        if isinstance(self.balance_forward, Unset):
            balance_forward = UNSET
        else:
            balance_forward = self.balance_forward

        balance_previous: None | str | Unset
        if isinstance(self.balance_previous, Unset):
            balance_previous = UNSET
        else:
            balance_previous = self.balance_previous

        date_billing_period_end: None | str | Unset
        if isinstance(self.date_billing_period_end, Unset):
            date_billing_period_end = UNSET
        elif isinstance(self.date_billing_period_end, datetime.datetime):
            date_billing_period_end = self.date_billing_period_end.isoformat()
        else:
            date_billing_period_end = self.date_billing_period_end

        date_billing_period_start: None | str | Unset
        if isinstance(self.date_billing_period_start, Unset):
            date_billing_period_start = UNSET
        elif isinstance(self.date_billing_period_start, datetime.datetime):
            date_billing_period_start = self.date_billing_period_start.isoformat()
        else:
            date_billing_period_start = self.date_billing_period_start

        date_charge_expected: None | str | Unset
        if isinstance(self.date_charge_expected, Unset):
            date_charge_expected = UNSET
        elif isinstance(self.date_charge_expected, datetime.datetime):
            date_charge_expected = self.date_charge_expected.isoformat()
        else:
            date_charge_expected = self.date_charge_expected

        date_charged: None | str | Unset
        if isinstance(self.date_charged, Unset):
            date_charged = UNSET
        elif isinstance(self.date_charged, datetime.datetime):
            date_charged = self.date_charged.isoformat()
        else:
            date_charged = self.date_charged

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_issued: None | str | Unset
        if isinstance(self.date_issued, Unset):
            date_issued = UNSET
        elif isinstance(self.date_issued, datetime.datetime):
            date_issued = self.date_issued.isoformat()
        else:
            date_issued = self.date_issued

        display_id: None | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        invoice_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.invoice_items, Unset):
            invoice_items = UNSET
        elif isinstance(self.invoice_items, list):
            invoice_items = []
            for invoice_items_type_0_item_data in self.invoice_items:
                invoice_items_type_0_item = invoice_items_type_0_item_data.to_dict()
                invoice_items.append(invoice_items_type_0_item)

        else:
            invoice_items = self.invoice_items

        invoice_sid: None | str | Unset
        if isinstance(self.invoice_sid, Unset):
            invoice_sid = UNSET
        else:
            invoice_sid = self.invoice_sid

        paid: bool | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        pay_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.pay_items, Unset):
            pay_items = UNSET
        elif isinstance(self.pay_items, list):
            pay_items = []
            for pay_items_type_0_item_data in self.pay_items:
                pay_items_type_0_item = pay_items_type_0_item_data.to_dict()
                pay_items.append(pay_items_type_0_item)

        else:
            pay_items = self.pay_items

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tax_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.tax_items, Unset):
            tax_items = UNSET
        elif isinstance(self.tax_items, list):
            tax_items = []
            for tax_items_type_0_item_data in self.tax_items:
                tax_items_type_0_item = tax_items_type_0_item_data.to_dict()
                tax_items.append(tax_items_type_0_item)

        else:
            tax_items = self.tax_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if amount_tax is not UNSET:
            field_dict["amount_tax"] = amount_tax
        if balance_forward is not UNSET:
            field_dict["balance_forward"] = balance_forward
        if balance_previous is not UNSET:
            field_dict["balance_previous"] = balance_previous
        if date_billing_period_end is not UNSET:
            field_dict["date_billing_period_end"] = date_billing_period_end
        if date_billing_period_start is not UNSET:
            field_dict["date_billing_period_start"] = date_billing_period_start
        if date_charge_expected is not UNSET:
            field_dict["date_charge_expected"] = date_charge_expected
        if date_charged is not UNSET:
            field_dict["date_charged"] = date_charged
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_issued is not UNSET:
            field_dict["date_issued"] = date_issued
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items
        if invoice_sid is not UNSET:
            field_dict["invoice_sid"] = invoice_sid
        if paid is not UNSET:
            field_dict["paid"] = paid
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if pay_items is not UNSET:
            field_dict["pay_items"] = pay_items
        if status is not UNSET:
            field_dict["status"] = status
        if tax_items is not UNSET:
            field_dict["tax_items"] = tax_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415
        from ..models.invoice_pay_item import InvoicePayItem  # noqa: PLC0415
        from ..models.invoice_tax_item import InvoiceTaxItem  # noqa: PLC0415
        from ..models.partner import Partner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_amount_due(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_due = _parse_amount_due(d.pop("amount_due", UNSET))

        def _parse_amount_tax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_tax = _parse_amount_tax(d.pop("amount_tax", UNSET))

        def _parse_balance_forward(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_forward = _parse_balance_forward(d.pop("balance_forward", UNSET))

        def _parse_balance_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance_previous = _parse_balance_previous(d.pop("balance_previous", UNSET))

        def _parse_date_billing_period_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_billing_period_end_type_0 = datetime.datetime.fromisoformat(data)

                return date_billing_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_billing_period_end = _parse_date_billing_period_end(d.pop("date_billing_period_end", UNSET))

        def _parse_date_billing_period_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_billing_period_start_type_0 = datetime.datetime.fromisoformat(data)

                return date_billing_period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_billing_period_start = _parse_date_billing_period_start(d.pop("date_billing_period_start", UNSET))

        def _parse_date_charge_expected(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_charge_expected_type_0 = datetime.datetime.fromisoformat(data)

                return date_charge_expected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_charge_expected = _parse_date_charge_expected(d.pop("date_charge_expected", UNSET))

        def _parse_date_charged(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_charged_type_0 = datetime.datetime.fromisoformat(data)

                return date_charged_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_charged = _parse_date_charged(d.pop("date_charged", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_issued(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_issued_type_0 = datetime.datetime.fromisoformat(data)

                return date_issued_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_issued = _parse_date_issued(d.pop("date_issued", UNSET))

        def _parse_display_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_id = _parse_display_id(d.pop("display_id", UNSET))

        def _parse_invoice_items(data: object) -> list[InvoiceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invoice_items_type_0 = []
                _invoice_items_type_0 = data
                for invoice_items_type_0_item_data in _invoice_items_type_0:
                    invoice_items_type_0_item = InvoiceItem.from_dict(invoice_items_type_0_item_data)

                    invoice_items_type_0.append(invoice_items_type_0_item)

                return invoice_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceItem] | None | Unset, data)

        invoice_items = _parse_invoice_items(d.pop("invoice_items", UNSET))

        def _parse_invoice_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_sid = _parse_invoice_sid(d.pop("invoice_sid", UNSET))

        def _parse_paid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_pay_items(data: object) -> list[InvoicePayItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pay_items_type_0 = []
                _pay_items_type_0 = data
                for pay_items_type_0_item_data in _pay_items_type_0:
                    pay_items_type_0_item = InvoicePayItem.from_dict(pay_items_type_0_item_data)

                    pay_items_type_0.append(pay_items_type_0_item)

                return pay_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePayItem] | None | Unset, data)

        pay_items = _parse_pay_items(d.pop("pay_items", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_tax_items(data: object) -> list[InvoiceTaxItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tax_items_type_0 = []
                _tax_items_type_0 = data
                for tax_items_type_0_item_data in _tax_items_type_0:
                    tax_items_type_0_item = InvoiceTaxItem.from_dict(tax_items_type_0_item_data)

                    tax_items_type_0.append(tax_items_type_0_item)

                return tax_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceTaxItem] | None | Unset, data)

        tax_items = _parse_tax_items(d.pop("tax_items", UNSET))

        invoice = cls(
            amount=amount,
            amount_due=amount_due,
            amount_tax=amount_tax,
            balance_forward=balance_forward,
            balance_previous=balance_previous,
            date_billing_period_end=date_billing_period_end,
            date_billing_period_start=date_billing_period_start,
            date_charge_expected=date_charge_expected,
            date_charged=date_charged,
            date_created=date_created,
            date_issued=date_issued,
            display_id=display_id,
            invoice_items=invoice_items,
            invoice_sid=invoice_sid,
            paid=paid,
            partner=partner,
            partner_sid=partner_sid,
            pay_items=pay_items,
            status=status,
            tax_items=tax_items,
        )

        invoice.additional_properties = d
        return invoice

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
