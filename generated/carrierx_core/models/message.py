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

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A sent or received SMS or MMS.

    Attributes:
        date_changed (datetime.datetime | None | Unset): When the message was last changed.
        date_created (datetime.datetime | None | Unset): When the message was created.
        date_status_changed (datetime.datetime | None | Unset): When the status last changed.
        direction (MessageDirection | None | Unset):
        from_ (None | str | Unset): Sending phone number (E.164).
        from_did (None | str | Unset): Legacy name of `from`.
        group_recipients (list[str] | None | Unset): Numbers of an MMS group chat (at most 10 incl. the sender).
        mcc (int | None | Unset): Mobile country code.
        media_urls (list[str] | None | Unset): URLs of MMS media.
        message (None | str | Unset): Message text.
        message_segments (int | None | Unset): Number of 160-character segments (MMS: always 1).
        message_sid (None | str | Unset): Message SID.
        mnc (int | None | Unset): Mobile network code.
        partner_sid (None | str | Unset): SID of the owning partner.
        price (None | str | Unset): Price in US dollars, sent as a string.
        status (MessageStatus | None | Unset):
        to (None | str | Unset): Receiving phone number (E.164).
        to_did (None | str | Unset): Legacy name of `to`.
        type_ (MessageType | None | Unset):
        user_data (None | str | Unset): Free user-defined data stored with the message.
    """

    date_changed: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_status_changed: datetime.datetime | None | Unset = UNSET
    direction: MessageDirection | None | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_did: None | str | Unset = UNSET
    group_recipients: list[str] | None | Unset = UNSET
    mcc: int | None | Unset = UNSET
    media_urls: list[str] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    message_segments: int | None | Unset = UNSET
    message_sid: None | str | Unset = UNSET
    mnc: int | None | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    status: MessageStatus | None | Unset = UNSET
    to: None | str | Unset = UNSET
    to_did: None | str | Unset = UNSET
    type_: MessageType | None | Unset = UNSET
    user_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_changed: None | str | Unset
        if isinstance(self.date_changed, Unset):
            date_changed = UNSET
        elif isinstance(self.date_changed, datetime.datetime):
            date_changed = self.date_changed.isoformat()
        else:
            date_changed = self.date_changed

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_status_changed: None | str | Unset
        if isinstance(self.date_status_changed, Unset):
            date_status_changed = UNSET
        elif isinstance(self.date_status_changed, datetime.datetime):
            date_status_changed = self.date_status_changed.isoformat()
        else:
            date_status_changed = self.date_status_changed

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, MessageDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_did: None | str | Unset
        if isinstance(self.from_did, Unset):
            from_did = UNSET
        else:
            from_did = self.from_did

        group_recipients: list[str] | None | Unset
        if isinstance(self.group_recipients, Unset):
            group_recipients = UNSET
        elif isinstance(self.group_recipients, list):
            group_recipients = self.group_recipients

        else:
            group_recipients = self.group_recipients

        mcc: int | None | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

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

        message_sid: None | str | Unset
        if isinstance(self.message_sid, Unset):
            message_sid = UNSET
        else:
            message_sid = self.message_sid

        mnc: int | None | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        else:
            mnc = self.mnc

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MessageStatus):
            status = self.status.value
        else:
            status = self.status

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        to_did: None | str | Unset
        if isinstance(self.to_did, Unset):
            to_did = UNSET
        else:
            to_did = self.to_did

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_status_changed is not UNSET:
            field_dict["date_status_changed"] = date_status_changed
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_did is not UNSET:
            field_dict["from_did"] = from_did
        if group_recipients is not UNSET:
            field_dict["group_recipients"] = group_recipients
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if message is not UNSET:
            field_dict["message"] = message
        if message_segments is not UNSET:
            field_dict["message_segments"] = message_segments
        if message_sid is not UNSET:
            field_dict["message_sid"] = message_sid
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if to is not UNSET:
            field_dict["to"] = to
        if to_did is not UNSET:
            field_dict["to_did"] = to_did
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_data is not UNSET:
            field_dict["user_data"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_date_status_changed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_status_changed_type_0 = datetime.datetime.fromisoformat(data)

                return date_status_changed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_status_changed = _parse_date_status_changed(d.pop("date_status_changed", UNSET))

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

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_from_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_did = _parse_from_did(d.pop("from_did", UNSET))

        def _parse_group_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_recipients_type_0 = cast(list[str], data)

                return group_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        group_recipients = _parse_group_recipients(d.pop("group_recipients", UNSET))

        def _parse_mcc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

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

        def _parse_message_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_sid = _parse_message_sid(d.pop("message_sid", UNSET))

        def _parse_mnc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mnc = _parse_mnc(d.pop("mnc", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

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

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_to_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_did = _parse_to_did(d.pop("to_did", UNSET))

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

        message = cls(
            date_changed=date_changed,
            date_created=date_created,
            date_status_changed=date_status_changed,
            direction=direction,
            from_=from_,
            from_did=from_did,
            group_recipients=group_recipients,
            mcc=mcc,
            media_urls=media_urls,
            message=message,
            message_segments=message_segments,
            message_sid=message_sid,
            mnc=mnc,
            partner_sid=partner_sid,
            price=price,
            status=status,
            to=to,
            to_did=to_did,
            type_=type_,
            user_data=user_data,
        )

        message.additional_properties = d
        return message

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
