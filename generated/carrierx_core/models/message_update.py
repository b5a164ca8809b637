from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageUpdate")


@_attrs_define
class MessageUpdate:
    """Message fields to change (PATCH).

    Attributes:
        from_ (str | Unset): Sending phone number (E.164).
        from_did (str | Unset): Legacy name of `from`.
        group_recipients (list[str] | Unset): Numbers of an MMS group chat (at most 10 incl. the sender).
        media_urls (list[str] | Unset): URLs of MMS media.
        message (str | Unset): Message text.
        to (str | Unset): Receiving phone number (E.164).
        to_did (str | Unset): Legacy name of `to`.
        user_data (str | Unset): Free user-defined data stored with the message.
    """

    from_: str | Unset = UNSET
    from_did: str | Unset = UNSET
    group_recipients: list[str] | Unset = UNSET
    media_urls: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    to: str | Unset = UNSET
    to_did: str | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        from_did = self.from_did

        group_recipients: list[str] | Unset = UNSET
        if not isinstance(self.group_recipients, Unset):
            group_recipients = self.group_recipients

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        message = self.message

        to = self.to

        to_did = self.to_did

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_did is not UNSET:
            field_dict["from_did"] = from_did
        if group_recipients is not UNSET:
            field_dict["group_recipients"] = group_recipients
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if message is not UNSET:
            field_dict["message"] = message
        if to is not UNSET:
            field_dict["to"] = to
        if to_did is not UNSET:
            field_dict["to_did"] = to_did
        if user_data is not UNSET:
            field_dict["user_data"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        from_did = d.pop("from_did", UNSET)

        group_recipients = cast(list[str], d.pop("group_recipients", UNSET))

        media_urls = cast(list[str], d.pop("media_urls", UNSET))

        message = d.pop("message", UNSET)

        to = d.pop("to", UNSET)

        to_did = d.pop("to_did", UNSET)

        user_data = d.pop("user_data", UNSET)

        message_update = cls(
            from_=from_,
            from_did=from_did,
            group_recipients=group_recipients,
            media_urls=media_urls,
            message=message,
            to=to,
            to_did=to_did,
            user_data=user_data,
        )

        message_update.additional_properties = d
        return message_update

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
