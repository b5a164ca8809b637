from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDetailRecordUpdate")


@_attrs_define
class MessageDetailRecordUpdate:
    """Detail record fields to change (PATCH).

    Attributes:
        number_src (str | Unset): Source number (E.164).
        p2p_nnid (str | Unset): P2P network ID.
        partner_sid (str | Unset): SID of the owning partner.
        passthrough_price (str | Unset): Pass-through price.
        passthrough_rate (str | Unset): Pass-through rate.
        price (str | Unset): Price of the message in US dollars, sent as a string.
        provider (str | Unset): Provider that carried the message.
        rate (str | Unset): Rate per message, sent as a string.
        registration_type (str | Unset): Registration type.
        status (MessageStatus | Unset): Delivery status of a text message.
        type_ (MessageType | Unset): Kind of text message.
        user_data (str | Unset): Free user-defined data.
        vendor_error_code (str | Unset): Error code reported by the vendor.
        version (str | Unset): Record version.
    """

    number_src: str | Unset = UNSET
    p2p_nnid: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    passthrough_price: str | Unset = UNSET
    passthrough_rate: str | Unset = UNSET
    price: str | Unset = UNSET
    provider: str | Unset = UNSET
    rate: str | Unset = UNSET
    registration_type: str | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    type_: MessageType | Unset = UNSET
    user_data: str | Unset = UNSET
    vendor_error_code: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_src = self.number_src

        p2p_nnid = self.p2p_nnid

        partner_sid = self.partner_sid

        passthrough_price = self.passthrough_price

        passthrough_rate = self.passthrough_rate

        price = self.price

        provider = self.provider

        rate = self.rate

        registration_type = self.registration_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_data = self.user_data

        vendor_error_code = self.vendor_error_code

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_src is not UNSET:
            field_dict["number_src"] = number_src
        if p2p_nnid is not UNSET:
            field_dict["p2p_nnid"] = p2p_nnid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if passthrough_price is not UNSET:
            field_dict["passthrough_price"] = passthrough_price
        if passthrough_rate is not UNSET:
            field_dict["passthrough_rate"] = passthrough_rate
        if price is not UNSET:
            field_dict["price"] = price
        if provider is not UNSET:
            field_dict["provider"] = provider
        if rate is not UNSET:
            field_dict["rate"] = rate
        if registration_type is not UNSET:
            field_dict["registration_type"] = registration_type
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if vendor_error_code is not UNSET:
            field_dict["vendor_error_code"] = vendor_error_code
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_src = d.pop("number_src", UNSET)

        p2p_nnid = d.pop("p2p_nnid", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        passthrough_price = d.pop("passthrough_price", UNSET)

        passthrough_rate = d.pop("passthrough_rate", UNSET)

        price = d.pop("price", UNSET)

        provider = d.pop("provider", UNSET)

        rate = d.pop("rate", UNSET)

        registration_type = d.pop("registration_type", UNSET)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type_)

        user_data = d.pop("user_data", UNSET)

        vendor_error_code = d.pop("vendor_error_code", UNSET)

        version = d.pop("version", UNSET)

        message_detail_record_update = cls(
            number_src=number_src,
            p2p_nnid=p2p_nnid,
            partner_sid=partner_sid,
            passthrough_price=passthrough_price,
            passthrough_rate=passthrough_rate,
            price=price,
            provider=provider,
            rate=rate,
            registration_type=registration_type,
            status=status,
            type_=type_,
            user_data=user_data,
            vendor_error_code=vendor_error_code,
            version=version,
        )

        message_detail_record_update.additional_properties = d
        return message_detail_record_update

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
