from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.push_device_environment import PushDeviceEnvironment
from ..models.push_device_type import PushDeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushDeviceUpdate")


@_attrs_define
class PushDeviceUpdate:
    """Device fields to change (PATCH); send only what changes.

    Attributes:
        application_sid (str | Unset): SID of the application installed on the device.
        application_version (str | Unset): Internal version of the application.
        environment (PushDeviceEnvironment | Unset): Apple push environment a device uses (production unless set
            otherwise).
        os_version (str | Unset): Operating system version.
        token (str | Unset): Push token issued by Google or Apple.
        type_ (PushDeviceType | Unset): Operating system of a push device.
    """

    application_sid: str | Unset = UNSET
    application_version: str | Unset = UNSET
    environment: PushDeviceEnvironment | Unset = UNSET
    os_version: str | Unset = UNSET
    token: str | Unset = UNSET
    type_: PushDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_sid = self.application_sid

        application_version = self.application_version

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        os_version = self.os_version

        token = self.token

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_sid is not UNSET:
            field_dict["application_sid"] = application_sid
        if application_version is not UNSET:
            field_dict["application_version"] = application_version
        if environment is not UNSET:
            field_dict["environment"] = environment
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_sid = d.pop("application_sid", UNSET)

        application_version = d.pop("application_version", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: PushDeviceEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = PushDeviceEnvironment(_environment)

        os_version = d.pop("os_version", UNSET)

        token = d.pop("token", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PushDeviceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PushDeviceType(_type_)

        push_device_update = cls(
            application_sid=application_sid,
            application_version=application_version,
            environment=environment,
            os_version=os_version,
            token=token,
            type_=type_,
        )

        push_device_update.additional_properties = d
        return push_device_update

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
