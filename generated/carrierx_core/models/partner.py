"""Partner: A CarrierX account (partner or sub-partner)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .partner_payment_type import PartnerPaymentType
from .partner_status import PartnerStatus

if TYPE_CHECKING:
    from .access_control_list import AccessControlList
    from .partner_attributes import PartnerAttributes
    from .partner_callbacks import PartnerCallbacks
    from .partner_transformation import PartnerTransformation

_FIELDS: tuple[rt.Field, ...] = (
    ("acls", "acls", rt.list_reader(rt.model_reader("carrierx_core.models.access_control_list", "AccessControlList"))),
    ("address1", "address1", str),
    ("address2", "address2", str),
    ("attributes", "attributes", rt.model_reader("carrierx_core.models.partner_attributes", "PartnerAttributes")),
    ("available_scopes", "available_scopes", rt.list_reader(rt.STR)),
    ("balance", "balance", str),
    ("billing_email", "billing_email", str),
    ("callbacks", "callbacks", rt.model_reader("carrierx_core.models.partner_callbacks", "PartnerCallbacks")),
    ("charge_at", "charge_at", str),
    ("city", "city", str),
    ("company_name", "company_name", str),
    ("country_code", "country_code", str),
    ("daily_spending_limit", "daily_spending_limit", str),
    ("daily_spent_amount", "daily_spent_amount", str),
    ("date_created", "date_created", rt.DATETIME),
    ("display_id", "display_id", str),
    ("login", "login", str),
    ("name", "name", str),
    ("owner_email", "owner_email", str),
    (
        "parent_assigned_acls",
        "parent_assigned_acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.access_control_list", "AccessControlList")),
    ),
    ("parent_sid", "parent_sid", str),
    ("partner_sid", "partner_sid", str),
    ("payment_type", "payment_type", rt.enum_reader(PartnerPaymentType)),
    ("phonenumber", "phonenumber", str),
    ("prepay_amount", "prepay_amount", str),
    ("spending_limit", "spending_limit", str),
    ("state", "state", str),
    ("status", "status", rt.enum_reader(PartnerStatus)),
    ("tech_email", "tech_email", str),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.partner_transformation", "PartnerTransformation")),
    ),
    ("zip_", "zip", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Partner:
    """A CarrierX account (partner or sub-partner).

    Attributes:
        acls: Access control lists set on the partner itself.
        address1: address1
        address2: address2
        attributes: attributes
        available_scopes: Scopes the partner may use.
        balance: Current balance.
        billing_email: Billing address(es), comma-separated; owner_email is used when empty.
        callbacks: callbacks
        charge_at: Prepay balance at which the account is charged.
        city: city
        company_name: company_name
        country_code: ISO 3166-1 alpha-3 country code.
        daily_spending_limit: Maximum spend per day.
        daily_spent_amount: Amount spent today.
        date_created: date_created
        display_id: Partner display ID.
        login: Login for the portal and Core API.
        name: name
        owner_email: Primary e-mail address (shown once verified).
        parent_assigned_acls: Access control lists assigned by the parent partner.
        parent_sid: Parent partner secure ID.
        partner_sid: Partner secure ID.
        payment_type: payment_type
        phonenumber: phonenumber
        prepay_amount: Amount charged when a prepay account is topped up.
        spending_limit: Spending limit.
        state: state
        status: status
        tech_email: Technical contact e-mail (shown once verified).
        transformations: transformations
        zip_: zip
    """

    acls: list[AccessControlList] | None
    address1: str | None
    address2: str | None
    attributes: PartnerAttributes | None
    available_scopes: list[str] | None
    balance: str | None
    billing_email: str | None
    callbacks: PartnerCallbacks | None
    charge_at: str | None
    city: str | None
    company_name: str | None
    country_code: str | None
    daily_spending_limit: str | None
    daily_spent_amount: str | None
    date_created: datetime.datetime | None
    display_id: str | None
    login: str | None
    name: str | None
    owner_email: str | None
    parent_assigned_acls: list[AccessControlList] | None
    parent_sid: str | None
    partner_sid: str | None
    payment_type: PartnerPaymentType | None
    phonenumber: str | None
    prepay_amount: str | None
    spending_limit: str | None
    state: str | None
    status: PartnerStatus | None
    tech_email: str | None
    transformations: list[PartnerTransformation] | None
    zip_: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        acls: list[AccessControlList] | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        attributes: PartnerAttributes | None | Unset = UNSET,
        available_scopes: list[str] | None | Unset = UNSET,
        balance: str | None | Unset = UNSET,
        billing_email: str | None | Unset = UNSET,
        callbacks: PartnerCallbacks | None | Unset = UNSET,
        charge_at: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        company_name: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        daily_spending_limit: str | None | Unset = UNSET,
        daily_spent_amount: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        display_id: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        parent_assigned_acls: list[AccessControlList] | None | Unset = UNSET,
        parent_sid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        payment_type: PartnerPaymentType | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
        prepay_amount: str | None | Unset = UNSET,
        spending_limit: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        status: PartnerStatus | None | Unset = UNSET,
        tech_email: str | None | Unset = UNSET,
        transformations: list[PartnerTransformation] | None | Unset = UNSET,
        zip_: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.acls = rt.given(self, "acls", acls)
        self.address1 = rt.given(self, "address1", address1)
        self.address2 = rt.given(self, "address2", address2)
        self.attributes = rt.given(self, "attributes", attributes)
        self.available_scopes = rt.given(self, "available_scopes", available_scopes)
        self.balance = rt.given(self, "balance", balance)
        self.billing_email = rt.given(self, "billing_email", billing_email)
        self.callbacks = rt.given(self, "callbacks", callbacks)
        self.charge_at = rt.given(self, "charge_at", charge_at)
        self.city = rt.given(self, "city", city)
        self.company_name = rt.given(self, "company_name", company_name)
        self.country_code = rt.given(self, "country_code", country_code)
        self.daily_spending_limit = rt.given(self, "daily_spending_limit", daily_spending_limit)
        self.daily_spent_amount = rt.given(self, "daily_spent_amount", daily_spent_amount)
        self.date_created = rt.given(self, "date_created", date_created)
        self.display_id = rt.given(self, "display_id", display_id)
        self.login = rt.given(self, "login", login)
        self.name = rt.given(self, "name", name)
        self.owner_email = rt.given(self, "owner_email", owner_email)
        self.parent_assigned_acls = rt.given(self, "parent_assigned_acls", parent_assigned_acls)
        self.parent_sid = rt.given(self, "parent_sid", parent_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.payment_type = rt.given(self, "payment_type", payment_type)
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)
        self.prepay_amount = rt.given(self, "prepay_amount", prepay_amount)
        self.spending_limit = rt.given(self, "spending_limit", spending_limit)
        self.state = rt.given(self, "state", state)
        self.status = rt.given(self, "status", status)
        self.tech_email = rt.given(self, "tech_email", tech_email)
        self.transformations = rt.given(self, "transformations", transformations)
        self.zip_ = rt.given(self, "zip", zip_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PartnerFieldName = Literal[
    "acls",
    "address1",
    "address2",
    "attributes",
    "available_scopes",
    "balance",
    "billing_email",
    "callbacks",
    "charge_at",
    "city",
    "company_name",
    "country_code",
    "daily_spending_limit",
    "daily_spent_amount",
    "date_created",
    "display_id",
    "login",
    "name",
    "owner_email",
    "parent_assigned_acls",
    "parent_sid",
    "partner_sid",
    "payment_type",
    "phonenumber",
    "prepay_amount",
    "spending_limit",
    "state",
    "status",
    "tech_email",
    "transformations",
    "zip",
]
"""The names of `Partner`'s fields, for typed filters, orders and field lists."""
