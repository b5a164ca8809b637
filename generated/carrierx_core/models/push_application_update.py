from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushApplicationUpdate")


@_attrs_define
class PushApplicationUpdate:
    """Application fields to change (PATCH); send only what changes.

    Attributes:
        apns_id (str | Unset): Apple push application ID.
        apns_key_id (str | Unset): Key ID of the Apple token-based authentication key.
        apns_p8 (str | Unset): Contents of the Apple .p8 signing key, line breaks written as \\n.
        apns_p12 (str | Unset): Apple push P12 certificate, Base64-encoded.
        apns_p12_password (str | Unset): Passphrase of the P12 certificate.
        apns_team_id (str | Unset): Apple developer team ID.
        apns_topic (str | Unset): Default Apple push topic of the application.
        google_credentials (str | Unset): Google service-account credentials JSON, Base64-encoded.
        name (str | Unset): Application name.
        partner_sid (str | Unset): SID of the owning partner.
    """

    apns_id: str | Unset = UNSET
    apns_key_id: str | Unset = UNSET
    apns_p8: str | Unset = UNSET
    apns_p12: str | Unset = UNSET
    apns_p12_password: str | Unset = UNSET
    apns_team_id: str | Unset = UNSET
    apns_topic: str | Unset = UNSET
    google_credentials: str | Unset = UNSET
    name: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apns_id = self.apns_id

        apns_key_id = self.apns_key_id

        apns_p8 = self.apns_p8

        apns_p12 = self.apns_p12

        apns_p12_password = self.apns_p12_password

        apns_team_id = self.apns_team_id

        apns_topic = self.apns_topic

        google_credentials = self.google_credentials

        name = self.name

        partner_sid = self.partner_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apns_id is not UNSET:
            field_dict["apns_id"] = apns_id
        if apns_key_id is not UNSET:
            field_dict["apns_key_id"] = apns_key_id
        if apns_p8 is not UNSET:
            field_dict["apns_p8"] = apns_p8
        if apns_p12 is not UNSET:
            field_dict["apns_p12"] = apns_p12
        if apns_p12_password is not UNSET:
            field_dict["apns_p12_password"] = apns_p12_password
        if apns_team_id is not UNSET:
            field_dict["apns_team_id"] = apns_team_id
        if apns_topic is not UNSET:
            field_dict["apns_topic"] = apns_topic
        if google_credentials is not UNSET:
            field_dict["google_credentials"] = google_credentials
        if name is not UNSET:
            field_dict["name"] = name
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apns_id = d.pop("apns_id", UNSET)

        apns_key_id = d.pop("apns_key_id", UNSET)

        apns_p8 = d.pop("apns_p8", UNSET)

        apns_p12 = d.pop("apns_p12", UNSET)

        apns_p12_password = d.pop("apns_p12_password", UNSET)

        apns_team_id = d.pop("apns_team_id", UNSET)

        apns_topic = d.pop("apns_topic", UNSET)

        google_credentials = d.pop("google_credentials", UNSET)

        name = d.pop("name", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        push_application_update = cls(
            apns_id=apns_id,
            apns_key_id=apns_key_id,
            apns_p8=apns_p8,
            apns_p12=apns_p12,
            apns_p12_password=apns_p12_password,
            apns_team_id=apns_team_id,
            apns_topic=apns_topic,
            google_credentials=google_credentials,
            name=name,
            partner_sid=partner_sid,
        )

        push_application_update.additional_properties = d
        return push_application_update

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
