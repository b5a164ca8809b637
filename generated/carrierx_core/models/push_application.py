from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_application_partner import PushApplicationPartner


T = TypeVar("T", bound="PushApplication")


@_attrs_define
class PushApplication:
    """An application that push notifications are sent for.

    Attributes:
        apns_id (None | str | Unset): Apple push application ID.
        apns_key_id (None | str | Unset): Key ID of the Apple token-based authentication key.
        apns_p8 (None | str | Unset): Contents of the Apple .p8 signing key, line breaks written as \\n.
        apns_p12 (None | str | Unset): Apple push P12 certificate, Base64-encoded.
        apns_p12_expiration (datetime.datetime | None | Unset): When the P12 certificate expires.
        apns_p12_password (None | str | Unset): Passphrase of the P12 certificate.
        apns_team_id (None | str | Unset): Apple developer team ID.
        apns_topic (None | str | Unset): Default Apple push topic of the application.
        application_sid (None | str | Unset): Application SID.
        google_credentials (None | str | Unset): Google service-account credentials JSON, Base64-encoded.
        name (None | str | Unset): Application name.
        partner (None | PushApplicationPartner | Unset):
        partner_sid (None | str | Unset): SID of the owning partner.
    """

    apns_id: None | str | Unset = UNSET
    apns_key_id: None | str | Unset = UNSET
    apns_p8: None | str | Unset = UNSET
    apns_p12: None | str | Unset = UNSET
    apns_p12_expiration: datetime.datetime | None | Unset = UNSET
    apns_p12_password: None | str | Unset = UNSET
    apns_team_id: None | str | Unset = UNSET
    apns_topic: None | str | Unset = UNSET
    application_sid: None | str | Unset = UNSET
    google_credentials: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    partner: None | PushApplicationPartner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.push_application_partner import PushApplicationPartner  # noqa: PLC0415

        apns_id: None | str | Unset
        if isinstance(self.apns_id, Unset):
            apns_id = UNSET
        else:
            apns_id = self.apns_id

        apns_key_id: None | str | Unset
        if isinstance(self.apns_key_id, Unset):
            apns_key_id = UNSET
        else:
            apns_key_id = self.apns_key_id

        apns_p8: None | str | Unset
        if isinstance(self.apns_p8, Unset):
            apns_p8 = UNSET
        else:
            apns_p8 = self.apns_p8

        apns_p12: None | str | Unset
        if isinstance(self.apns_p12, Unset):
            apns_p12 = UNSET
        else:
            apns_p12 = self.apns_p12

        apns_p12_expiration: None | str | Unset
        if isinstance(self.apns_p12_expiration, Unset):
            apns_p12_expiration = UNSET
        elif isinstance(self.apns_p12_expiration, datetime.datetime):
            apns_p12_expiration = self.apns_p12_expiration.isoformat()
        else:
            apns_p12_expiration = self.apns_p12_expiration

        apns_p12_password: None | str | Unset
        if isinstance(self.apns_p12_password, Unset):
            apns_p12_password = UNSET
        else:
            apns_p12_password = self.apns_p12_password

        apns_team_id: None | str | Unset
        if isinstance(self.apns_team_id, Unset):
            apns_team_id = UNSET
        else:
            apns_team_id = self.apns_team_id

        apns_topic: None | str | Unset
        if isinstance(self.apns_topic, Unset):
            apns_topic = UNSET
        else:
            apns_topic = self.apns_topic

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        google_credentials: None | str | Unset
        if isinstance(self.google_credentials, Unset):
            google_credentials = UNSET
        else:
            google_credentials = self.google_credentials

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, PushApplicationPartner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
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
        if apns_p12_expiration is not UNSET:
            field_dict["apns_p12_expiration"] = apns_p12_expiration
        if apns_p12_password is not UNSET:
            field_dict["apns_p12_password"] = apns_p12_password
        if apns_team_id is not UNSET:
            field_dict["apns_team_id"] = apns_team_id
        if apns_topic is not UNSET:
            field_dict["apns_topic"] = apns_topic
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if google_credentials is not UNSET:
            field_dict["google_credentials"] = google_credentials
        if name is not UNSET:
            field_dict["name"] = name
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_application_partner import PushApplicationPartner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_apns_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_id = _parse_apns_id(d.pop("apns_id", UNSET))

        def _parse_apns_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_key_id = _parse_apns_key_id(d.pop("apns_key_id", UNSET))

        def _parse_apns_p8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p8 = _parse_apns_p8(d.pop("apns_p8", UNSET))

        def _parse_apns_p12(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p12 = _parse_apns_p12(d.pop("apns_p12", UNSET))

        def _parse_apns_p12_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apns_p12_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return apns_p12_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        apns_p12_expiration = _parse_apns_p12_expiration(d.pop("apns_p12_expiration", UNSET))

        def _parse_apns_p12_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p12_password = _parse_apns_p12_password(d.pop("apns_p12_password", UNSET))

        def _parse_apns_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_team_id = _parse_apns_team_id(d.pop("apns_team_id", UNSET))

        def _parse_apns_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_topic = _parse_apns_topic(d.pop("apns_topic", UNSET))

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        def _parse_google_credentials(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_credentials = _parse_google_credentials(d.pop("google_credentials", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_partner(data: object) -> None | PushApplicationPartner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = PushApplicationPartner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PushApplicationPartner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        push_application = cls(
            apns_id=apns_id,
            apns_key_id=apns_key_id,
            apns_p8=apns_p8,
            apns_p12=apns_p12,
            apns_p12_expiration=apns_p12_expiration,
            apns_p12_password=apns_p12_password,
            apns_team_id=apns_team_id,
            apns_topic=apns_topic,
            application_sid=application_sid,
            google_credentials=google_credentials,
            name=name,
            partner=partner,
            partner_sid=partner_sid,
        )

        push_application.additional_properties = d
        return push_application

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
