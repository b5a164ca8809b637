from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_notification_data import PushNotificationData


T = TypeVar("T", bound="PushNotificationCreate")


@_attrs_define
class PushNotificationCreate:
    """A push notification to send to up to 100 devices.

    Attributes:
        recipients (list[str]): SIDs of the devices to notify (at most 100).
        android_click_action (str | Unset): Android action run when the user taps the notification.
        android_icon (str | Unset): Android notification icon.
        android_sound (str | Unset): Android sound file played instead of the default sound.
        android_tag (str | Unset): Android tag; a notification with the same tag replaces the shown one.
        body (str | Unset): Notification text.
        collapse_key (str | Unset): Android key grouping messages that may be collapsed.
        data (PushNotificationData | Unset): Custom data passed on to the application with the notification.
        ios_badge (int | Unset): iOS app badge number; 0 removes the badge.
        ios_category (str | Unset): iOS notification category.
        ios_collapse_id (str | Unset): iOS collapse identifier (apns-collapse-id).
        ios_content_available (bool | Unset): iOS background update (content-available).
        ios_mutable_content (bool | Unset): iOS mutable-content flag.
        priority (str | Unset): Delivery priority (the sample sends `normal`).
        title (str | Unset): Notification title.
        ttl (int | Unset): Time to live of the notification (the sample sends 5).
    """

    recipients: list[str]
    android_click_action: str | Unset = UNSET
    android_icon: str | Unset = UNSET
    android_sound: str | Unset = UNSET
    android_tag: str | Unset = UNSET
    body: str | Unset = UNSET
    collapse_key: str | Unset = UNSET
    data: PushNotificationData | Unset = UNSET
    ios_badge: int | Unset = UNSET
    ios_category: str | Unset = UNSET
    ios_collapse_id: str | Unset = UNSET
    ios_content_available: bool | Unset = UNSET
    ios_mutable_content: bool | Unset = UNSET
    priority: str | Unset = UNSET
    title: str | Unset = UNSET
    ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients

        android_click_action = self.android_click_action

        android_icon = self.android_icon

        android_sound = self.android_sound

        android_tag = self.android_tag

        body = self.body

        collapse_key = self.collapse_key

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        ios_badge = self.ios_badge

        ios_category = self.ios_category

        ios_collapse_id = self.ios_collapse_id

        ios_content_available = self.ios_content_available

        ios_mutable_content = self.ios_mutable_content

        priority = self.priority

        title = self.title

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if android_click_action is not UNSET:
            field_dict["android_click_action"] = android_click_action
        if android_icon is not UNSET:
            field_dict["android_icon"] = android_icon
        if android_sound is not UNSET:
            field_dict["android_sound"] = android_sound
        if android_tag is not UNSET:
            field_dict["android_tag"] = android_tag
        if body is not UNSET:
            field_dict["body"] = body
        if collapse_key is not UNSET:
            field_dict["collapse_key"] = collapse_key
        if data is not UNSET:
            field_dict["data"] = data
        if ios_badge is not UNSET:
            field_dict["ios_badge"] = ios_badge
        if ios_category is not UNSET:
            field_dict["ios_category"] = ios_category
        if ios_collapse_id is not UNSET:
            field_dict["ios_collapse_id"] = ios_collapse_id
        if ios_content_available is not UNSET:
            field_dict["ios_content_available"] = ios_content_available
        if ios_mutable_content is not UNSET:
            field_dict["ios_mutable_content"] = ios_mutable_content
        if priority is not UNSET:
            field_dict["priority"] = priority
        if title is not UNSET:
            field_dict["title"] = title
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_notification_data import PushNotificationData  # noqa: PLC0415

        d = dict(src_dict)
        recipients = cast(list[str], d.pop("recipients"))

        android_click_action = d.pop("android_click_action", UNSET)

        android_icon = d.pop("android_icon", UNSET)

        android_sound = d.pop("android_sound", UNSET)

        android_tag = d.pop("android_tag", UNSET)

        body = d.pop("body", UNSET)

        collapse_key = d.pop("collapse_key", UNSET)

        _data = d.pop("data", UNSET)
        data: PushNotificationData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PushNotificationData.from_dict(_data)

        ios_badge = d.pop("ios_badge", UNSET)

        ios_category = d.pop("ios_category", UNSET)

        ios_collapse_id = d.pop("ios_collapse_id", UNSET)

        ios_content_available = d.pop("ios_content_available", UNSET)

        ios_mutable_content = d.pop("ios_mutable_content", UNSET)

        priority = d.pop("priority", UNSET)

        title = d.pop("title", UNSET)

        ttl = d.pop("ttl", UNSET)

        push_notification_create = cls(
            recipients=recipients,
            android_click_action=android_click_action,
            android_icon=android_icon,
            android_sound=android_sound,
            android_tag=android_tag,
            body=body,
            collapse_key=collapse_key,
            data=data,
            ios_badge=ios_badge,
            ios_category=ios_category,
            ios_collapse_id=ios_collapse_id,
            ios_content_available=ios_content_available,
            ios_mutable_content=ios_mutable_content,
            priority=priority,
            title=title,
            ttl=ttl,
        )

        push_notification_create.additional_properties = d
        return push_notification_create

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
