from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageCreate")


@_attrs_define
class MessageCreate:
    """A message to send: an SMS, or an MMS when media or group recipients are given.

    Attributes:
        from_ (str): Sending rented phone number (E.164).
        to (str | Unset): Receiving phone number (E.164).
        message (str | Unset): Message text (MMS: up to 1600 characters).
        media_urls (list[str] | Unset): URLs of MMS media (up to 10 items, 3 MB in total).
        group_recipients (list[str] | Unset): Numbers of an MMS group chat (at most 10 incl. the sender); needs type
            mms.
        type_ (MessageType | Unset): Kind of text message.
        user_data (str | Unset): Free user-defined data stored with the message.
        callback_url (str | Unset): URL to receive status callbacks for this message.
        from_did (str | Unset): Legacy name of `from`.
        to_did (str | Unset): Legacy name of `to`.
    """

    from_: str
    to: str | Unset = UNSET
    message: str | Unset = UNSET
    media_urls: list[str] | Unset = UNSET
    group_recipients: list[str] | Unset = UNSET
    type_: MessageType | Unset = UNSET
    user_data: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    from_did: str | Unset = UNSET
    to_did: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        message = self.message

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        group_recipients: list[str] | Unset = UNSET
        if not isinstance(self.group_recipients, Unset):
            group_recipients = self.group_recipients

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_data = self.user_data

        callback_url = self.callback_url

        from_did = self.from_did

        to_did = self.to_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if message is not UNSET:
            field_dict["message"] = message
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if group_recipients is not UNSET:
            field_dict["group_recipients"] = group_recipients
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if from_did is not UNSET:
            field_dict["from_did"] = from_did
        if to_did is not UNSET:
            field_dict["to_did"] = to_did

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to", UNSET)

        message = d.pop("message", UNSET)

        media_urls = cast(list[str], d.pop("media_urls", UNSET))

        group_recipients = cast(list[str], d.pop("group_recipients", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type_)

        user_data = d.pop("user_data", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        from_did = d.pop("from_did", UNSET)

        to_did = d.pop("to_did", UNSET)

        message_create = cls(
            from_=from_,
            to=to,
            message=message,
            media_urls=media_urls,
            group_recipients=group_recipients,
            type_=type_,
            user_data=user_data,
            callback_url=callback_url,
            from_did=from_did,
            to_did=to_did,
        )

        message_create.additional_properties = d
        return message_create

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
