"""PartnerCreate: Fields for a new partner (sub-partner)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .partner_payment_type import PartnerPaymentType
from .partner_status import PartnerStatus

if TYPE_CHECKING:
    from .access_control_list_input import AccessControlListInput, AccessControlListInputParams
    from .partner_attributes import PartnerAttributes
    from .partner_callbacks_input import PartnerCallbacksInput, PartnerCallbacksInputParams
    from .partner_transformation import PartnerTransformation

_FIELDS: tuple[rt.Field, ...] = (
    (
        "acls",
        "acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.access_control_list_input", "AccessControlListInput")),
    ),
    ("address1", "address1", str),
    ("address2", "address2", str),
    ("attributes", "attributes", rt.model_reader("carrierx_core.models.partner_attributes", "PartnerAttributes")),
    ("billing_email", "billing_email", str),
    (
        "callbacks",
        "callbacks",
        rt.model_reader("carrierx_core.models.partner_callbacks_input", "PartnerCallbacksInput"),
    ),
    ("charge_at", "charge_at", float),
    ("city", "city", str),
    ("company_name", "company_name", str),
    ("country_code", "country_code", str),
    ("daily_spending_limit", "daily_spending_limit", float),
    ("login", "login", str),
    ("name", "name", str),
    ("owner_email", "owner_email", str),
    (
        "parent_assigned_acls",
        "parent_assigned_acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.access_control_list_input", "AccessControlListInput")),
    ),
    ("parent_sid", "parent_sid", str),
    ("partner_sid", "partner_sid", str),
    ("password", "password", str),
    ("payment_type", "payment_type", rt.enum_reader(PartnerPaymentType)),
    ("phonenumber", "phonenumber", str),
    ("prepay_amount", "prepay_amount", rt.union_reader(rt.FLOAT, rt.STR)),
    ("spending_limit", "spending_limit", float),
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
class PartnerCreate:
    """Fields for a new partner (sub-partner).

    Attributes:
        acls: acls
        address1: address1
        address2: address2
        attributes: Free-form partner attributes.
        billing_email: billing_email
        callbacks: Callback URLs by event type, as sent in a request.
        charge_at: charge_at
        city: city
        company_name: company_name
        country_code: country_code
        daily_spending_limit: daily_spending_limit
        login: login
        name: name
        owner_email: owner_email
        parent_assigned_acls: parent_assigned_acls
        parent_sid: Parent partner secure ID (the sample sends an empty string).
        partner_sid: Partner secure ID.
        password: Password for the new login.
        payment_type: How the partner pays.
        phonenumber: phonenumber
        prepay_amount: prepay_amount
        spending_limit: spending_limit
        state: state
        status: Partner account status.
        tech_email: tech_email
        transformations: transformations
        zip_: zip
    """

    acls: list[AccessControlListInput] | None
    address1: str | None
    address2: str | None
    attributes: PartnerAttributes | None
    billing_email: str | None
    callbacks: PartnerCallbacksInput | None
    charge_at: float | None
    city: str | None
    company_name: str | None
    country_code: str | None
    daily_spending_limit: float | None
    login: str | None
    name: str | None
    owner_email: str | None
    parent_assigned_acls: list[AccessControlListInput] | None
    parent_sid: str | None
    partner_sid: str | None
    password: str | None
    payment_type: PartnerPaymentType | None
    phonenumber: str | None
    prepay_amount: float | str | None
    spending_limit: float | None
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
        acls: list[AccessControlListInput] | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        attributes: PartnerAttributes | None | Unset = UNSET,
        billing_email: str | None | Unset = UNSET,
        callbacks: PartnerCallbacksInput | None | Unset = UNSET,
        charge_at: float | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        company_name: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        daily_spending_limit: float | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        parent_assigned_acls: list[AccessControlListInput] | None | Unset = UNSET,
        parent_sid: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        payment_type: PartnerPaymentType | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
        prepay_amount: float | str | None | Unset = UNSET,
        spending_limit: float | None | Unset = UNSET,
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
        self.billing_email = rt.given(self, "billing_email", billing_email)
        self.callbacks = rt.given(self, "callbacks", callbacks)
        self.charge_at = rt.given(self, "charge_at", charge_at)
        self.city = rt.given(self, "city", city)
        self.company_name = rt.given(self, "company_name", company_name)
        self.country_code = rt.given(self, "country_code", country_code)
        self.daily_spending_limit = rt.given(self, "daily_spending_limit", daily_spending_limit)
        self.login = rt.given(self, "login", login)
        self.name = rt.given(self, "name", name)
        self.owner_email = rt.given(self, "owner_email", owner_email)
        self.parent_assigned_acls = rt.given(self, "parent_assigned_acls", parent_assigned_acls)
        self.parent_sid = rt.given(self, "parent_sid", parent_sid)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.password = rt.given(self, "password", password)
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


PartnerCreateFieldName = Literal[
    "acls",
    "address1",
    "address2",
    "attributes",
    "billing_email",
    "callbacks",
    "charge_at",
    "city",
    "company_name",
    "country_code",
    "daily_spending_limit",
    "login",
    "name",
    "owner_email",
    "parent_assigned_acls",
    "parent_sid",
    "partner_sid",
    "password",
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
"""The names of `PartnerCreate`'s fields, for typed filters, orders and field lists."""


class PartnerCreateParams(TypedDict, total=False):
    acls: list[AccessControlListInput | AccessControlListInputParams] | None
    address1: str | None
    address2: str | None
    attributes: PartnerAttributes | Mapping[str, Any] | None
    billing_email: str | None
    callbacks: PartnerCallbacksInput | PartnerCallbacksInputParams | None
    charge_at: float | None
    city: str | None
    company_name: str | None
    country_code: str | None
    daily_spending_limit: float | None
    login: str | None
    name: str | None
    owner_email: str | None
    parent_assigned_acls: list[AccessControlListInput | AccessControlListInputParams] | None
    parent_sid: str | None
    partner_sid: str | None
    password: str | None
    payment_type: PartnerPaymentType | str | None
    phonenumber: str | None
    prepay_amount: float | str | None
    spending_limit: float | None
    state: str | None
    status: PartnerStatus | str | None
    tech_email: str | None
    transformations: list[PartnerTransformation | Mapping[str, Any]] | None
    zip: str | None
