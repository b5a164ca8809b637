"""PushNotificationCreate: A push notification to send to up to 100 devices."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .push_notification_data import PushNotificationData

_FIELDS: tuple[rt.Field, ...] = (
    ("recipients", "recipients", rt.list_reader(rt.STR)),
    ("android_click_action", "android_click_action", str),
    ("android_icon", "android_icon", str),
    ("android_sound", "android_sound", str),
    ("android_tag", "android_tag", str),
    ("body", "body", str),
    ("collapse_key", "collapse_key", str),
    ("data", "data", rt.model_reader("carrierx_core.models.push_notification_data", "PushNotificationData")),
    ("ios_badge", "ios_badge", int),
    ("ios_category", "ios_category", str),
    ("ios_collapse_id", "ios_collapse_id", str),
    ("ios_content_available", "ios_content_available", bool),
    ("ios_mutable_content", "ios_mutable_content", bool),
    ("priority", "priority", str),
    ("title", "title", str),
    ("ttl", "ttl", int),
)
_LOAD = rt.model_loader(_FIELDS, ("recipients",), True)


@_attrs_define(init=False)
class PushNotificationCreate:
    """A push notification to send to up to 100 devices.

    Attributes:
        recipients: SIDs of the devices to notify (at most 100).
        android_click_action: Android action run when the user taps the notification.
        android_icon: Android notification icon.
        android_sound: Android sound file played instead of the default sound.
        android_tag: Android tag; a notification with the same tag replaces the shown one.
        body: Notification text.
        collapse_key: Android key grouping messages that may be collapsed.
        data: Custom data passed on to the application with the notification.
        ios_badge: iOS app badge number; 0 removes the badge.
        ios_category: iOS notification category.
        ios_collapse_id: iOS collapse identifier (apns-collapse-id).
        ios_content_available: iOS background update (content-available).
        ios_mutable_content: iOS mutable-content flag.
        priority: Delivery priority (the sample sends `normal`).
        title: Notification title.
        ttl: Time to live of the notification (the sample sends 5).
    """

    recipients: list[str] | None
    android_click_action: str | None
    android_icon: str | None
    android_sound: str | None
    android_tag: str | None
    body: str | None
    collapse_key: str | None
    data: PushNotificationData | None
    ios_badge: int | None
    ios_category: str | None
    ios_collapse_id: str | None
    ios_content_available: bool | None
    ios_mutable_content: bool | None
    priority: str | None
    title: str | None
    ttl: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        recipients: list[str],
        android_click_action: str | None | Unset = UNSET,
        android_icon: str | None | Unset = UNSET,
        android_sound: str | None | Unset = UNSET,
        android_tag: str | None | Unset = UNSET,
        body: str | None | Unset = UNSET,
        collapse_key: str | None | Unset = UNSET,
        data: PushNotificationData | None | Unset = UNSET,
        ios_badge: int | None | Unset = UNSET,
        ios_category: str | None | Unset = UNSET,
        ios_collapse_id: str | None | Unset = UNSET,
        ios_content_available: bool | None | Unset = UNSET,
        ios_mutable_content: bool | None | Unset = UNSET,
        priority: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        ttl: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.recipients = rt.given(self, "recipients", recipients)
        self.android_click_action = rt.given(self, "android_click_action", android_click_action)
        self.android_icon = rt.given(self, "android_icon", android_icon)
        self.android_sound = rt.given(self, "android_sound", android_sound)
        self.android_tag = rt.given(self, "android_tag", android_tag)
        self.body = rt.given(self, "body", body)
        self.collapse_key = rt.given(self, "collapse_key", collapse_key)
        self.data = rt.given(self, "data", data)
        self.ios_badge = rt.given(self, "ios_badge", ios_badge)
        self.ios_category = rt.given(self, "ios_category", ios_category)
        self.ios_collapse_id = rt.given(self, "ios_collapse_id", ios_collapse_id)
        self.ios_content_available = rt.given(self, "ios_content_available", ios_content_available)
        self.ios_mutable_content = rt.given(self, "ios_mutable_content", ios_mutable_content)
        self.priority = rt.given(self, "priority", priority)
        self.title = rt.given(self, "title", title)
        self.ttl = rt.given(self, "ttl", ttl)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PushNotificationCreateFieldName = Literal[
    "recipients",
    "android_click_action",
    "android_icon",
    "android_sound",
    "android_tag",
    "body",
    "collapse_key",
    "data",
    "ios_badge",
    "ios_category",
    "ios_collapse_id",
    "ios_content_available",
    "ios_mutable_content",
    "priority",
    "title",
    "ttl",
]
"""The names of `PushNotificationCreate`'s fields, for typed filters, orders and field lists."""


class PushNotificationCreateParams(TypedDict, total=False):
    recipients: Required[list[str]]
    android_click_action: str | None
    android_icon: str | None
    android_sound: str | None
    android_tag: str | None
    body: str | None
    collapse_key: str | None
    data: PushNotificationData | Mapping[str, Any] | None
    ios_badge: int | None
    ios_category: str | None
    ios_collapse_id: str | None
    ios_content_available: bool | None
    ios_mutable_content: bool | None
    priority: str | None
    title: str | None
    ttl: int | None
