from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_direction import MessageDirection
from ..models.message_status import MessageStatus
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDetailRecord")


@_attrs_define
class MessageDetailRecord:
    """Billing and delivery details of one sent or received message.

    Attributes:
        a2p_campaign (None | str | Unset): External 10DLC campaign ID from the Campaign Registry.
        date_changed (datetime.datetime | None | Unset): When the message was last changed.
        date_insert (datetime.datetime | None | Unset): When the record was stored.
        date_sent (datetime.datetime | None | Unset): When the message was actually sent.
        date_start (datetime.datetime | None | Unset): When the message was created.
        date_stop (datetime.datetime | None | Unset): When delivery finished (any outcome).
        delay_sent (int | None | Unset): Seconds between the request and the sending.
        direction (MessageDirection | None | Unset):
        dr_sid (None | str | Unset): Detail record SID.
        mcc (int | None | Unset): Mobile country code.
        mcc_mnc_price (None | str | Unset): Price for the MCC/MNC.
        mcc_mnc_rate (None | str | Unset): Rate per message for the MCC/MNC.
        media_urls (list[str] | None | Unset): URLs of MMS media.
        message (None | str | Unset): Message text.
        message_segments (int | None | Unset): Number of segments.
        mnc (int | None | Unset): Mobile network code.
        number_billing (None | str | Unset): The subscriber's number (E.164).
        number_dst (None | str | Unset): Destination number (E.164).
        number_external (None | str | Unset): The non-subscriber's number (E.164).
        number_group_dst (list[str] | None | Unset): Group destination numbers.
        number_src (None | str | Unset): Source number (E.164).
        p2p_nnid (None | str | Unset): P2P network ID.
        partner_sid (None | str | Unset): SID of the owning partner.
        passthrough_price (None | str | Unset): Pass-through price.
        passthrough_rate (None | str | Unset): Pass-through rate.
        price (None | str | Unset): Price of the message in US dollars, sent as a string.
        provider (None | str | Unset): Provider that carried the message.
        rate (None | str | Unset): Rate per message, sent as a string.
        registration_type (None | str | Unset): Registration type.
        status (MessageStatus | None | Unset):
        type_ (MessageType | None | Unset):
        user_data (None | str | Unset): Free user-defined data; the only field the update sample changes.
        vendor_error_code (None | str | Unset): Error code reported by the vendor.
        version (None | str | Unset): Record version.
    """

    a2p_campaign: None | str | Unset = UNSET
    date_changed: datetime.datetime | None | Unset = UNSET
    date_insert: datetime.datetime | None | Unset = UNSET
    date_sent: datetime.datetime | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_stop: datetime.datetime | None | Unset = UNSET
    delay_sent: int | None | Unset = UNSET
    direction: MessageDirection | None | Unset = UNSET
    dr_sid: None | str | Unset = UNSET
    mcc: int | None | Unset = UNSET
    mcc_mnc_price: None | str | Unset = UNSET
    mcc_mnc_rate: None | str | Unset = UNSET
    media_urls: list[str] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    message_segments: int | None | Unset = UNSET
    mnc: int | None | Unset = UNSET
    number_billing: None | str | Unset = UNSET
    number_dst: None | str | Unset = UNSET
    number_external: None | str | Unset = UNSET
    number_group_dst: list[str] | None | Unset = UNSET
    number_src: None | str | Unset = UNSET
    p2p_nnid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    passthrough_price: None | str | Unset = UNSET
    passthrough_rate: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    rate: None | str | Unset = UNSET
    registration_type: None | str | Unset = UNSET
    status: MessageStatus | None | Unset = UNSET
    type_: MessageType | None | Unset = UNSET
    user_data: None | str | Unset = UNSET
    vendor_error_code: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a2p_campaign: None | str | Unset
        if isinstance(self.a2p_campaign, Unset):
            a2p_campaign = UNSET
        else:
            a2p_campaign = self.a2p_campaign

        date_changed: None | str | Unset
        if isinstance(self.date_changed, Unset):
            date_changed = UNSET
        elif isinstance(self.date_changed, datetime.datetime):
            date_changed = self.date_changed.isoformat()
        else:
            date_changed = self.date_changed

        date_insert: None | str | Unset
        if isinstance(self.date_insert, Unset):
            date_insert = UNSET
        elif isinstance(self.date_insert, datetime.datetime):
            date_insert = self.date_insert.isoformat()
        else:
            date_insert = self.date_insert

        date_sent: None | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.datetime):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_stop: None | str | Unset
        if isinstance(self.date_stop, Unset):
            date_stop = UNSET
        elif isinstance(self.date_stop, datetime.datetime):
            date_stop = self.date_stop.isoformat()
        else:
            date_stop = self.date_stop

        delay_sent: int | None | Unset
        if isinstance(self.delay_sent, Unset):
            delay_sent = UNSET
        else:
            delay_sent = self.delay_sent

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, MessageDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        dr_sid: None | str | Unset
        if isinstance(self.dr_sid, Unset):
            dr_sid = UNSET
        else:
            dr_sid = self.dr_sid

        mcc: int | None | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        mcc_mnc_price: None | str | Unset
        if isinstance(self.mcc_mnc_price, Unset):
            mcc_mnc_price = UNSET
        else:
            mcc_mnc_price = self.mcc_mnc_price

        mcc_mnc_rate: None | str | Unset
        if isinstance(self.mcc_mnc_rate, Unset):
            mcc_mnc_rate = UNSET
        else:
            mcc_mnc_rate = self.mcc_mnc_rate

        media_urls: list[str] | None | Unset
        if isinstance(self.media_urls, Unset):
            media_urls = UNSET
        elif isinstance(self.media_urls, list):
            media_urls = self.media_urls

        else:
            media_urls = self.media_urls

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_segments: int | None | Unset
        if isinstance(self.message_segments, Unset):
            message_segments = UNSET
        else:
            message_segments = self.message_segments

        mnc: int | None | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        else:
            mnc = self.mnc

        number_billing: None | str | Unset
        if isinstance(self.number_billing, Unset):
            number_billing = UNSET
        else:
            number_billing = self.number_billing

        number_dst: None | str | Unset
        if isinstance(self.number_dst, Unset):
            number_dst = UNSET
        else:
            number_dst = self.number_dst

        number_external: None | str | Unset
        if isinstance(self.number_external, Unset):
            number_external = UNSET
        else:
            number_external = self.number_external

        number_group_dst: list[str] | None | Unset
        if isinstance(self.number_group_dst, Unset):
            number_group_dst = UNSET
        elif isinstance(self.number_group_dst, list):
            number_group_dst = self.number_group_dst

        else:
            number_group_dst = self.number_group_dst

        number_src: None | str | Unset
        if isinstance(self.number_src, Unset):
            number_src = UNSET
        else:
            number_src = self.number_src

        p2p_nnid: None | str | Unset
        if isinstance(self.p2p_nnid, Unset):
            p2p_nnid = UNSET
        else:
            p2p_nnid = self.p2p_nnid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        passthrough_price: None | str | Unset
        if isinstance(self.passthrough_price, Unset):
            passthrough_price = UNSET
        else:
            passthrough_price = self.passthrough_price

        passthrough_rate: None | str | Unset
        if isinstance(self.passthrough_rate, Unset):
            passthrough_rate = UNSET
        else:
            passthrough_rate = self.passthrough_rate

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        registration_type: None | str | Unset
        if isinstance(self.registration_type, Unset):
            registration_type = UNSET
        else:
            registration_type = self.registration_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MessageStatus):
            status = self.status.value
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MessageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        user_data: None | str | Unset
        if isinstance(self.user_data, Unset):
            user_data = UNSET
        else:
            user_data = self.user_data

        vendor_error_code: None | str | Unset
        if isinstance(self.vendor_error_code, Unset):
            vendor_error_code = UNSET
        else:
            vendor_error_code = self.vendor_error_code

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a2p_campaign is not UNSET:
            field_dict["a2p_campaign"] = a2p_campaign
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if date_insert is not UNSET:
            field_dict["date_insert"] = date_insert
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_stop is not UNSET:
            field_dict["date_stop"] = date_stop
        if delay_sent is not UNSET:
            field_dict["delay_sent"] = delay_sent
        if direction is not UNSET:
            field_dict["direction"] = direction
        if dr_sid is not UNSET:
            field_dict["dr_sid"] = dr_sid
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mcc_mnc_price is not UNSET:
            field_dict["mcc_mnc_price"] = mcc_mnc_price
        if mcc_mnc_rate is not UNSET:
            field_dict["mcc_mnc_rate"] = mcc_mnc_rate
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if message is not UNSET:
            field_dict["message"] = message
        if message_segments is not UNSET:
            field_dict["message_segments"] = message_segments
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if number_billing is not UNSET:
            field_dict["number_billing"] = number_billing
        if number_dst is not UNSET:
            field_dict["number_dst"] = number_dst
        if number_external is not UNSET:
            field_dict["number_external"] = number_external
        if number_group_dst is not UNSET:
            field_dict["number_group_dst"] = number_group_dst
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

        def _parse_a2p_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        a2p_campaign = _parse_a2p_campaign(d.pop("a2p_campaign", UNSET))

        def _parse_date_changed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_changed_type_0 = datetime.datetime.fromisoformat(data)

                return date_changed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_changed = _parse_date_changed(d.pop("date_changed", UNSET))

        def _parse_date_insert(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_insert_type_0 = datetime.datetime.fromisoformat(data)

                return date_insert_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_insert = _parse_date_insert(d.pop("date_insert", UNSET))

        def _parse_date_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_sent_type_0 = datetime.datetime.fromisoformat(data)

                return date_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_sent = _parse_date_sent(d.pop("date_sent", UNSET))

        def _parse_date_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.datetime.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_stop_type_0 = datetime.datetime.fromisoformat(data)

                return date_stop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_stop = _parse_date_stop(d.pop("date_stop", UNSET))

        def _parse_delay_sent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay_sent = _parse_delay_sent(d.pop("delay_sent", UNSET))

        def _parse_direction(data: object) -> MessageDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = MessageDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_dr_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dr_sid = _parse_dr_sid(d.pop("dr_sid", UNSET))

        def _parse_mcc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

        def _parse_mcc_mnc_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc_mnc_price = _parse_mcc_mnc_price(d.pop("mcc_mnc_price", UNSET))

        def _parse_mcc_mnc_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc_mnc_rate = _parse_mcc_mnc_rate(d.pop("mcc_mnc_rate", UNSET))

        def _parse_media_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                media_urls_type_0 = cast(list[str], data)

                return media_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        media_urls = _parse_media_urls(d.pop("media_urls", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_message_segments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_segments = _parse_message_segments(d.pop("message_segments", UNSET))

        def _parse_mnc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mnc = _parse_mnc(d.pop("mnc", UNSET))

        def _parse_number_billing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_billing = _parse_number_billing(d.pop("number_billing", UNSET))

        def _parse_number_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst = _parse_number_dst(d.pop("number_dst", UNSET))

        def _parse_number_external(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_external = _parse_number_external(d.pop("number_external", UNSET))

        def _parse_number_group_dst(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                number_group_dst_type_0 = cast(list[str], data)

                return number_group_dst_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        number_group_dst = _parse_number_group_dst(d.pop("number_group_dst", UNSET))

        def _parse_number_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src = _parse_number_src(d.pop("number_src", UNSET))

        def _parse_p2p_nnid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        p2p_nnid = _parse_p2p_nnid(d.pop("p2p_nnid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_passthrough_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passthrough_price = _parse_passthrough_price(d.pop("passthrough_price", UNSET))

        def _parse_passthrough_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passthrough_rate = _parse_passthrough_rate(d.pop("passthrough_rate", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_registration_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_type = _parse_registration_type(d.pop("registration_type", UNSET))

        def _parse_status(data: object) -> MessageStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MessageStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> MessageType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = MessageType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_user_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_data = _parse_user_data(d.pop("user_data", UNSET))

        def _parse_vendor_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_error_code = _parse_vendor_error_code(d.pop("vendor_error_code", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        message_detail_record = cls(
            a2p_campaign=a2p_campaign,
            date_changed=date_changed,
            date_insert=date_insert,
            date_sent=date_sent,
            date_start=date_start,
            date_stop=date_stop,
            delay_sent=delay_sent,
            direction=direction,
            dr_sid=dr_sid,
            mcc=mcc,
            mcc_mnc_price=mcc_mnc_price,
            mcc_mnc_rate=mcc_mnc_rate,
            media_urls=media_urls,
            message=message,
            message_segments=message_segments,
            mnc=mnc,
            number_billing=number_billing,
            number_dst=number_dst,
            number_external=number_external,
            number_group_dst=number_group_dst,
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

        message_detail_record.additional_properties = d
        return message_detail_record

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
