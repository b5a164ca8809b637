from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_method_type import BillingMethodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingMethod")


@_attrs_define
class BillingMethod:
    """How a partner pays for services.

    Attributes:
        address1 (None | str | Unset):
        address2 (None | str | Unset):
        cc_cid (None | str | Unset): Card security code; never returned.
        cc_expiration (None | str | Unset): Card expiry, mmyyyy.
        cc_number (None | str | Unset): Card number; responses show only the last four digits.
        city (None | str | Unset):
        country_code (None | str | Unset):
        ec_account_number (None | str | Unset): Electronic check account number.
        ec_routing_number (None | str | Unset): Electronic check routing number.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        phone (None | str | Unset):
        state (None | str | Unset): Two-letter state code.
        type_ (BillingMethodType | None | Unset):
        zip_ (None | str | Unset):
    """

    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    cc_cid: None | str | Unset = UNSET
    cc_expiration: None | str | Unset = UNSET
    cc_number: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    ec_account_number: None | str | Unset = UNSET
    ec_routing_number: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    type_: BillingMethodType | None | Unset = UNSET
    zip_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        cc_cid: None | str | Unset
        if isinstance(self.cc_cid, Unset):
            cc_cid = UNSET
        else:
            cc_cid = self.cc_cid

        cc_expiration: None | str | Unset
        if isinstance(self.cc_expiration, Unset):
            cc_expiration = UNSET
        else:
            cc_expiration = self.cc_expiration

        cc_number: None | str | Unset
        if isinstance(self.cc_number, Unset):
            cc_number = UNSET
        else:
            cc_number = self.cc_number

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        ec_account_number: None | str | Unset
        if isinstance(self.ec_account_number, Unset):
            ec_account_number = UNSET
        else:
            ec_account_number = self.ec_account_number

        ec_routing_number: None | str | Unset
        if isinstance(self.ec_routing_number, Unset):
            ec_routing_number = UNSET
        else:
            ec_routing_number = self.ec_routing_number

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BillingMethodType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if ec_account_number is not UNSET:
            field_dict["ec_account_number"] = ec_account_number
        if ec_routing_number is not UNSET:
            field_dict["ec_routing_number"] = ec_routing_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_cc_cid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc_cid = _parse_cc_cid(d.pop("cc_cid", UNSET))

        def _parse_cc_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc_expiration = _parse_cc_expiration(d.pop("cc_expiration", UNSET))

        def _parse_cc_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc_number = _parse_cc_number(d.pop("cc_number", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_ec_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ec_account_number = _parse_ec_account_number(d.pop("ec_account_number", UNSET))

        def _parse_ec_routing_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ec_routing_number = _parse_ec_routing_number(d.pop("ec_routing_number", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_type_(data: object) -> BillingMethodType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BillingMethodType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingMethodType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        billing_method = cls(
            address1=address1,
            address2=address2,
            cc_cid=cc_cid,
            cc_expiration=cc_expiration,
            cc_number=cc_number,
            city=city,
            country_code=country_code,
            ec_account_number=ec_account_number,
            ec_routing_number=ec_routing_number,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            state=state,
            type_=type_,
            zip_=zip_,
        )

        billing_method.additional_properties = d
        return billing_method

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
