from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.push_device_environment import PushDeviceEnvironment
from ..models.push_device_type import PushDeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushDeviceCreate")


@_attrs_define
class PushDeviceCreate:
    """Fields accepted when creating a device.

    Attributes:
        token (str): Push token issued by Google or Apple.
        type_ (PushDeviceType): Operating system of a push device.
        application_sid (str | Unset): SID of the application installed on the device.
        application_version (str | Unset): Internal version of the application.
        environment (PushDeviceEnvironment | Unset): Apple push environment a device uses (production unless set
            otherwise).
        os_version (str | Unset): Operating system version.
    """

    token: str
    type_: PushDeviceType
    application_sid: str | Unset = UNSET
    application_version: str | Unset = UNSET
    environment: PushDeviceEnvironment | Unset = UNSET
    os_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_ = self.type_.value

        application_sid = self.application_sid

        application_version = self.application_version

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        os_version = self.os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "type": type_,
            }
        )
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if application_version is not UNSET:
            field_dict["application_version"] = application_version
        if environment is not UNSET:
            field_dict["environment"] = environment
        if os_version is not UNSET:
            field_dict["os_version"] = os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        type_ = PushDeviceType(d.pop("type"))

        application_sid = d.pop("application_sid", UNSET)

        application_version = d.pop("application_version", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: PushDeviceEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = PushDeviceEnvironment(_environment)

        os_version = d.pop("os_version", UNSET)

        push_device_create = cls(
            token=token,
            type_=type_,
            application_sid=application_sid,
            application_version=application_version,
            environment=environment,
            os_version=os_version,
        )

        push_device_create.additional_properties = d
        return push_device_create

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
