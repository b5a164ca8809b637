from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_method_type import BillingMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingMethodCreate")


@_attrs_define
class BillingMethodCreate:
    """Fields to register a billing method.

    Attributes:
        country_code (str):
        first_name (str):
        last_name (str):
        phone (str):
        type_ (BillingMethodType): Payment instrument.
        zip_ (str):
        address1 (str | Unset):
        address2 (str | Unset):
        cc_cid (str | Unset):
        cc_expiration (str | Unset):
        cc_number (str | Unset):
        city (str | Unset):
        ec_account_number (str | Unset):
        ec_routing_number (str | Unset):
        state (str | Unset):
    """

    country_code: str
    first_name: str
    last_name: str
    phone: str
    type_: BillingMethodType
    zip_: str
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    cc_cid: str | Unset = UNSET
    cc_expiration: str | Unset = UNSET
    cc_number: str | Unset = UNSET
    city: str | Unset = UNSET
    ec_account_number: str | Unset = UNSET
    ec_routing_number: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        type_ = self.type_.value

        zip_ = self.zip_

        address1 = self.address1

        address2 = self.address2

        cc_cid = self.cc_cid

        cc_expiration = self.cc_expiration

        cc_number = self.cc_number

        city = self.city

        ec_account_number = self.ec_account_number

        ec_routing_number = self.ec_routing_number

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "first_name": first_name,
                "last_name": last_name,
                "phone": phone,
                "type": type_,
                "zip": zip_,
            }
        )
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if cc_cid is not UNSET:
            field_dict["cc_cid"] = cc_cid
        if cc_expiration is not UNSET:
            field_dict["cc_expiration"] = cc_expiration
        if cc_number is not UNSET:
            field_dict["cc_number"] = cc_number
        if city is not UNSET:
            field_dict["city"] = city
        if ec_account_number is not UNSET:
            field_dict["ec_account_number"] = ec_account_number
        if ec_routing_number is not UNSET:
            field_dict["ec_routing_number"] = ec_routing_number
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        phone = d.pop("phone")

        type_ = BillingMethodType(d.pop("type"))

        zip_ = d.pop("zip")

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        cc_cid = d.pop("cc_cid", UNSET)

        cc_expiration = d.pop("cc_expiration", UNSET)

        cc_number = d.pop("cc_number", UNSET)

        city = d.pop("city", UNSET)

        ec_account_number = d.pop("ec_account_number", UNSET)

        ec_routing_number = d.pop("ec_routing_number", UNSET)

        state = d.pop("state", UNSET)

        billing_method_create = cls(
            country_code=country_code,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            type_=type_,
            zip_=zip_,
            address1=address1,
            address2=address2,
            cc_cid=cc_cid,
            cc_expiration=cc_expiration,
            cc_number=cc_number,
            city=city,
            ec_account_number=ec_account_number,
            ec_routing_number=ec_routing_number,
            state=state,
        )

        billing_method_create.additional_properties = d
        return billing_method_create

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
