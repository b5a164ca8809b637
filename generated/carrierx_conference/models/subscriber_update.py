"""SubscriberUpdate: Subscriber fields to change (PUT changes only what is sent)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .subscriber_role import SubscriberRole

if TYPE_CHECKING:
    from .did_group_reference_input import DidGroupReferenceInput, DidGroupReferenceInputParams
    from .meeting_room_update import MeetingRoomUpdate, MeetingRoomUpdateParams
    from .subscriber_callback_input import SubscriberCallbackInput, SubscriberCallbackInputParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "callback",
        "callback",
        rt.model_reader("carrierx_conference.models.subscriber_callback_input", "SubscriberCallbackInput"),
    ),
    ("details", "details", str),
    (
        "did_group_references",
        "didGroupReferences",
        rt.list_reader(
            rt.model_reader("carrierx_conference.models.did_group_reference_input", "DidGroupReferenceInput")
        ),
    ),
    ("email", "email", str),
    ("event_callback_url", "eventCallbackUrl", str),
    ("ext", "ext", str),
    ("first_name", "firstName", str),
    ("last_name", "lastName", str),
    ("login", "login", str),
    (
        "meeting_rooms",
        "meetingRooms",
        rt.list_reader(rt.model_reader("carrierx_conference.models.meeting_room_update", "MeetingRoomUpdate")),
    ),
    ("password", "password", str),
    ("phone_number", "phoneNumber", str),
    ("role", "role", rt.enum_reader(SubscriberRole)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class SubscriberUpdate:
    """Subscriber fields to change (PUT changes only what is sent).

    Attributes:
        callback: Callback settings to send.
        details: details
        did_group_references: didGroupReferences
        email: email
        event_callback_url: Write-only shortcut that sets `callback.url`.
        ext: ext
        first_name: firstName
        last_name: lastName
        login: login
        meeting_rooms: meetingRooms
        password: Password (write-only).
        phone_number: phoneNumber
        role: Subscriber role: 1 administrator, 2 operator, 3 regular user (the default).
    """

    callback: SubscriberCallbackInput | None
    details: str | None
    did_group_references: list[DidGroupReferenceInput] | None
    email: str | None
    event_callback_url: str | None
    ext: str | None
    first_name: str | None
    last_name: str | None
    login: str | None
    meeting_rooms: list[MeetingRoomUpdate] | None
    password: str | None
    phone_number: str | None
    role: SubscriberRole | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        callback: SubscriberCallbackInput | None | Unset = UNSET,
        details: str | None | Unset = UNSET,
        did_group_references: list[DidGroupReferenceInput] | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        event_callback_url: str | None | Unset = UNSET,
        ext: str | None | Unset = UNSET,
        first_name: str | None | Unset = UNSET,
        last_name: str | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        meeting_rooms: list[MeetingRoomUpdate] | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        role: SubscriberRole | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.callback = rt.given(self, "callback", callback)
        self.details = rt.given(self, "details", details)
        self.did_group_references = rt.given(self, "didGroupReferences", did_group_references)
        self.email = rt.given(self, "email", email)
        self.event_callback_url = rt.given(self, "eventCallbackUrl", event_callback_url)
        self.ext = rt.given(self, "ext", ext)
        self.first_name = rt.given(self, "firstName", first_name)
        self.last_name = rt.given(self, "lastName", last_name)
        self.login = rt.given(self, "login", login)
        self.meeting_rooms = rt.given(self, "meetingRooms", meeting_rooms)
        self.password = rt.given(self, "password", password)
        self.phone_number = rt.given(self, "phoneNumber", phone_number)
        self.role = rt.given(self, "role", role)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


SubscriberUpdateFieldName = Literal[
    "callback",
    "details",
    "didGroupReferences",
    "email",
    "eventCallbackUrl",
    "ext",
    "firstName",
    "lastName",
    "login",
    "meetingRooms",
    "password",
    "phoneNumber",
    "role",
]
"""The names of `SubscriberUpdate`'s fields, for typed filters, orders and field lists."""


class SubscriberUpdateParams(TypedDict, total=False):
    callback: SubscriberCallbackInput | SubscriberCallbackInputParams | None
    details: str | None
    didGroupReferences: list[DidGroupReferenceInput | DidGroupReferenceInputParams] | None
    email: str | None
    eventCallbackUrl: str | None
    ext: str | None
    firstName: str | None
    lastName: str | None
    login: str | None
    meetingRooms: list[MeetingRoomUpdate | MeetingRoomUpdateParams] | None
    password: str | None
    phoneNumber: str | None
    role: SubscriberRole | int | None
