from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.push_device_environment import PushDeviceEnvironment
from ..models.push_device_type import PushDeviceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_device_partner import PushDevicePartner


T = TypeVar("T", bound="PushDevice")


@_attrs_define
class PushDevice:
    """One installation of an application that can receive push notifications.

    Attributes:
        application_sid (None | str | Unset): SID of the application installed on the device.
        application_version (None | str | Unset): Internal version of the application.
        device_sid (None | str | Unset): Device SID.
        environment (None | PushDeviceEnvironment | Unset):
        os_version (None | str | Unset): Operating system version.
        partner (None | PushDevicePartner | Unset):
        partner_sid (None | str | Unset): SID of the owning partner.
        token (None | str | Unset): Push token issued by Google or Apple.
        type_ (None | PushDeviceType | Unset):
    """

    application_sid: None | str | Unset = UNSET
    application_version: None | str | Unset = UNSET
    device_sid: None | str | Unset = UNSET
    environment: None | PushDeviceEnvironment | Unset = UNSET
    os_version: None | str | Unset = UNSET
    partner: None | PushDevicePartner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    type_: None | PushDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.push_device_partner import PushDevicePartner  # noqa: PLC0415

        application_sid: None | str | Unset
        if isinstance(self.application_sid, Unset):
            application_sid = UNSET
        else:
            application_sid = self.application_sid

        application_version: None | str | Unset
        if isinstance(self.application_version, Unset):
            application_version = UNSET
        else:
            application_version = self.application_version

        device_sid: None | str | Unset
        if isinstance(self.device_sid, Unset):
            device_sid = UNSET
        else:
            device_sid = self.device_sid

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, PushDeviceEnvironment):
            environment = self.environment.value
        else:
            environment = self.environment

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, PushDevicePartner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PushDeviceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if application_version is not UNSET:
            field_dict["application_version"] = application_version
        if device_sid is not UNSET:
            field_dict["device_sid"] = device_sid
        if environment is not UNSET:
            field_dict["environment"] = environment
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_device_partner import PushDevicePartner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_application_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_sid = _parse_application_sid(d.pop("application_sid", UNSET))

        def _parse_application_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_version = _parse_application_version(d.pop("application_version", UNSET))

        def _parse_device_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_sid = _parse_device_sid(d.pop("device_sid", UNSET))

        def _parse_environment(data: object) -> None | PushDeviceEnvironment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                environment_type_0 = PushDeviceEnvironment(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PushDeviceEnvironment | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_partner(data: object) -> None | PushDevicePartner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = PushDevicePartner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PushDevicePartner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_type_(data: object) -> None | PushDeviceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PushDeviceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PushDeviceType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        push_device = cls(
            application_sid=application_sid,
            application_version=application_version,
            device_sid=device_sid,
            environment=environment,
            os_version=os_version,
            partner=partner,
            partner_sid=partner_sid,
            token=token,
            type_=type_,
        )

        push_device.additional_properties = d
        return push_device

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
