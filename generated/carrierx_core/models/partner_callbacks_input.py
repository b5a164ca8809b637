from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerCallbacksInput")


@_attrs_define
class PartnerCallbacksInput:
    """Callback URLs by event type, as sent in a request.

    Attributes:
        app_conference_call (str | Unset):
        app_conference_meeting (str | Unset):
        app_mediator (str | Unset):
        phonenumber_messaging_update (str | Unset):
        phonenumber_order (str | Unset):
        sms (str | Unset):
    """

    app_conference_call: str | Unset = UNSET
    app_conference_meeting: str | Unset = UNSET
    app_mediator: str | Unset = UNSET
    phonenumber_messaging_update: str | Unset = UNSET
    phonenumber_order: str | Unset = UNSET
    sms: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_conference_call = self.app_conference_call

        app_conference_meeting = self.app_conference_meeting

        app_mediator = self.app_mediator

        phonenumber_messaging_update = self.phonenumber_messaging_update

        phonenumber_order = self.phonenumber_order

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
        app_conference_call = d.pop("app_conference_call", UNSET)

        app_conference_meeting = d.pop("app_conference_meeting", UNSET)

        app_mediator = d.pop("app_mediator", UNSET)

        phonenumber_messaging_update = d.pop("phonenumber_messaging_update", UNSET)

        phonenumber_order = d.pop("phonenumber_order", UNSET)

        sms = d.pop("sms", UNSET)

        partner_callbacks_input = cls(
            app_conference_call=app_conference_call,
            app_conference_meeting=app_conference_meeting,
            app_mediator=app_mediator,
            phonenumber_messaging_update=phonenumber_messaging_update,
            phonenumber_order=phonenumber_order,
            sms=sms,
        )

        partner_callbacks_input.additional_properties = d
        return partner_callbacks_input

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
