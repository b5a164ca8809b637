from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriber_role import SubscriberRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.did_group_reference_input import DidGroupReferenceInput
    from ..models.meeting_room_update import MeetingRoomUpdate
    from ..models.subscriber_callback_input import SubscriberCallbackInput


T = TypeVar("T", bound="SubscriberCreate")


@_attrs_define
class SubscriberCreate:
    """Fields to create a subscriber.

    Attributes:
        login (str):
        password (str): Password (write-only).
        callback (SubscriberCallbackInput | Unset): Callback settings to send.
        details (str | Unset):
        did_group_references (list[DidGroupReferenceInput] | Unset):
        email (str | Unset):
        event_callback_url (str | Unset): Write-only shortcut that sets `callback.url`.
        ext (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        meeting_rooms (list[MeetingRoomUpdate] | Unset):
        phone_number (str | Unset):
        role (SubscriberRole | Unset): Subscriber role: 1 administrator, 2 operator, 3 regular user (the default).
            Default: SubscriberRole.VALUE_3.
    """

    login: str
    password: str
    callback: SubscriberCallbackInput | Unset = UNSET
    details: str | Unset = UNSET
    did_group_references: list[DidGroupReferenceInput] | Unset = UNSET
    email: str | Unset = UNSET
    event_callback_url: str | Unset = UNSET
    ext: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    meeting_rooms: list[MeetingRoomUpdate] | Unset = UNSET
    phone_number: str | Unset = UNSET
    role: SubscriberRole | Unset = SubscriberRole.VALUE_3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback, Unset):
            callback = self.callback.to_dict()

        details = self.details

        did_group_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.did_group_references, Unset):
            did_group_references = []
            for did_group_references_item_data in self.did_group_references:
                did_group_references_item = did_group_references_item_data.to_dict()
                did_group_references.append(did_group_references_item)

        email = self.email

        event_callback_url = self.event_callback_url

        ext = self.ext

        first_name = self.first_name

        last_name = self.last_name

        meeting_rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meeting_rooms, Unset):
            meeting_rooms = []
            for meeting_rooms_item_data in self.meeting_rooms:
                meeting_rooms_item = meeting_rooms_item_data.to_dict()
                meeting_rooms.append(meeting_rooms_item)

        phone_number = self.phone_number

        role: int | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
            }
        )
        if callback is not UNSET:
            field_dict["callback"] = callback
        if details is not UNSET:
            field_dict["details"] = details
        if did_group_references is not UNSET:
            field_dict["didGroupReferences"] = did_group_references
        if email is not UNSET:
            field_dict["email"] = email
        if event_callback_url is not UNSET:
            field_dict["eventCallbackUrl"] = event_callback_url
        if ext is not UNSET:
            field_dict["ext"] = ext
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if meeting_rooms is not UNSET:
            field_dict["meetingRooms"] = meeting_rooms
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.did_group_reference_input import DidGroupReferenceInput  # noqa: PLC0415
        from ..models.meeting_room_update import MeetingRoomUpdate  # noqa: PLC0415
        from ..models.subscriber_callback_input import SubscriberCallbackInput  # noqa: PLC0415

        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        _callback = d.pop("callback", UNSET)
        callback: SubscriberCallbackInput | Unset
        if isinstance(_callback, Unset):
            callback = UNSET
        else:
            callback = SubscriberCallbackInput.from_dict(_callback)

        details = d.pop("details", UNSET)

        _did_group_references = d.pop("didGroupReferences", UNSET)
        did_group_references: list[DidGroupReferenceInput] | Unset = UNSET
        if _did_group_references is not UNSET:
            did_group_references = []
            for did_group_references_item_data in _did_group_references:
                did_group_references_item = DidGroupReferenceInput.from_dict(did_group_references_item_data)

                did_group_references.append(did_group_references_item)

        email = d.pop("email", UNSET)

        event_callback_url = d.pop("eventCallbackUrl", UNSET)

        ext = d.pop("ext", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _meeting_rooms = d.pop("meetingRooms", UNSET)
        meeting_rooms: list[MeetingRoomUpdate] | Unset = UNSET
        if _meeting_rooms is not UNSET:
            meeting_rooms = []
            for meeting_rooms_item_data in _meeting_rooms:
                meeting_rooms_item = MeetingRoomUpdate.from_dict(meeting_rooms_item_data)

                meeting_rooms.append(meeting_rooms_item)

        phone_number = d.pop("phoneNumber", UNSET)

        _role = d.pop("role", UNSET)
        role: SubscriberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = SubscriberRole(_role)

        subscriber_create = cls(
            login=login,
            password=password,
            callback=callback,
            details=details,
            did_group_references=did_group_references,
            email=email,
            event_callback_url=event_callback_url,
            ext=ext,
            first_name=first_name,
            last_name=last_name,
            meeting_rooms=meeting_rooms,
            phone_number=phone_number,
            role=role,
        )

        subscriber_create.additional_properties = d
        return subscriber_create

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
