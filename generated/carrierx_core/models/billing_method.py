"""BillingMethod: How a partner pays for services."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .billing_method_type import BillingMethodType

_FIELDS: tuple[rt.Field, ...] = (
    ("address1", "address1", str),
    ("address2", "address2", str),
    ("cc_cid", "cc_cid", str),
    ("cc_expiration", "cc_expiration", str),
    ("cc_number", "cc_number", str),
    ("city", "city", str),
    ("country_code", "country_code", str),
    ("ec_account_number", "ec_account_number", str),
    ("ec_routing_number", "ec_routing_number", str),
    ("first_name", "first_name", str),
    ("last_name", "last_name", str),
    ("phone", "phone", str),
    ("state", "state", str),
    ("type_", "type", rt.enum_reader(BillingMethodType)),
    ("zip_", "zip", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BillingMethod:
    """How a partner pays for services.

    Attributes:
        address1: address1
        address2: address2
        cc_cid: Card security code; never returned.
        cc_expiration: Card expiry, mmyyyy.
        cc_number: Card number; responses show only the last four digits.
        city: city
        country_code: country_code
        ec_account_number: Electronic check account number.
        ec_routing_number: Electronic check routing number.
        first_name: first_name
        last_name: last_name
        phone: phone
        state: Two-letter state code.
        type_: type
        zip_: zip
    """

    address1: str | None
    address2: str | None
    cc_cid: str | None
    cc_expiration: str | None
    cc_number: str | None
    city: str | None
    country_code: str | None
    ec_account_number: str | None
    ec_routing_number: str | None
    first_name: str | None
    last_name: str | None
    phone: str | None
    state: str | None
    type_: BillingMethodType | None
    zip_: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        cc_cid: str | None | Unset = UNSET,
        cc_expiration: str | None | Unset = UNSET,
        cc_number: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        ec_account_number: str | None | Unset = UNSET,
        ec_routing_number: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        type_: BillingMethodType | None | Unset = UNSET,
        zip_: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.address1 = rt.given(self, "address1", address1)
        self.address2 = rt.given(self, "address2", address2)
        self.cc_cid = rt.given(self, "cc_cid", cc_cid)
        self.cc_expiration = rt.given(self, "cc_expiration", cc_expiration)
        self.cc_number = rt.given(self, "cc_number", cc_number)
        self.city = rt.given(self, "city", city)
        self.country_code = rt.given(self, "country_code", country_code)
        self.ec_account_number = rt.given(self, "ec_account_number", ec_account_number)
        self.ec_routing_number = rt.given(self, "ec_routing_number", ec_routing_number)
        self.first_name = rt.given(self, "first_name", first_name)
        self.last_name = rt.given(self, "last_name", last_name)
        self.phone = rt.given(self, "phone", phone)
        self.state = rt.given(self, "state", state)
        self.type_ = rt.given(self, "type", type_)
        self.zip_ = rt.given(self, "zip", zip_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BillingMethodFieldName = Literal[
    "address1",
    "address2",
    "cc_cid",
    "cc_expiration",
    "cc_number",
    "city",
    "country_code",
    "ec_account_number",
    "ec_routing_number",
    "first_name",
    "last_name",
    "phone",
    "state",
    "type",
    "zip",
]
"""The names of `BillingMethod`'s fields, for typed filters, orders and field lists."""
