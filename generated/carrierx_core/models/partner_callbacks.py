from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCallbacks")


@_attrs_define
class PartnerCallbacks:
    """Callback URLs by event type.

    Attributes:
        app_conference_call (None | str | Unset): Conference call activity.
        app_conference_meeting (None | str | Unset): Conference meeting room activity.
        app_mediator (None | str | Unset): Mediator endpoint activity.
        phonenumber_messaging_update (None | str | Unset): SMS/MMS enabled or disabled on a DID.
        phonenumber_order (None | str | Unset): DID rented from an external provider.
        sms (None | str | Unset): Message sent or received.
    """

    app_conference_call: None | str | Unset = UNSET
    app_conference_meeting: None | str | Unset = UNSET
    app_mediator: None | str | Unset = UNSET
    phonenumber_messaging_update: None | str | Unset = UNSET
    phonenumber_order: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_conference_call: None | str | Unset
        if isinstance(self.app_conference_call, Unset):
            app_conference_call = UNSET
        else:
            app_conference_call = self.app_conference_call

        app_conference_meeting: None | str | Unset
        if isinstance(self.app_conference_meeting, Unset):
            app_conference_meeting = UNSET
        else:
            app_conference_meeting = self.app_conference_meeting

        app_mediator: None | str | Unset
        if isinstance(self.app_mediator, Unset):
            app_mediator = UNSET
        else:
            app_mediator = self.app_mediator

        phonenumber_messaging_update: None | str | Unset
        if isinstance(self.phonenumber_messaging_update, Unset):
            phonenumber_messaging_update = UNSET
        else:
            phonenumber_messaging_update = self.phonenumber_messaging_update

        phonenumber_order: None | str | Unset
        if isinstance(self.phonenumber_order, Unset):
            phonenumber_order = UNSET
        else:
            phonenumber_order = self.phonenumber_order

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_conference_call is not UNSET:
            field_dict["app_conference_call"] = app_conference_call
        if app_conference_meeting is not UNSET:
            field_dict["app_conference_meeting"] = app_conference_meeting
        if app_mediator is not UNSET:
            field_dict["app_mediator"] = app_mediator
        if phonenumber_messaging_update is not UNSET:
            field_dict["phonenumber_messaging_update"] = phonenumber_messaging_update
        if phonenumber_order is not UNSET:
            field_dict["phonenumber_order"] = phonenumber_order
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_app_conference_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_conference_call = _parse_app_conference_call(d.pop("app_conference_call", UNSET))

        def _parse_app_conference_meeting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_conference_meeting = _parse_app_conference_meeting(d.pop("app_conference_meeting", UNSET))

        def _parse_app_mediator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_mediator = _parse_app_mediator(d.pop("app_mediator", UNSET))

        def _parse_phonenumber_messaging_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber_messaging_update = _parse_phonenumber_messaging_update(d.pop("phonenumber_messaging_update", UNSET))

        def _parse_phonenumber_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber_order = _parse_phonenumber_order(d.pop("phonenumber_order", UNSET))

        def _parse_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        partner_callbacks = cls(
            app_conference_call=app_conference_call,
            app_conference_meeting=app_conference_meeting,
            app_mediator=app_mediator,
            phonenumber_messaging_update=phonenumber_messaging_update,
            phonenumber_order=phonenumber_order,
            sms=sms,
        )

        partner_callbacks.additional_properties = d
        return partner_callbacks

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
