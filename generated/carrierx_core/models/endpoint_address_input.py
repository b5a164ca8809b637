from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointAddressInput")


@_attrs_define
class EndpointAddressInput:
    """One endpoint address as sent in a request.

    Attributes:
        direction (str | Unset):
        dst_port (int | Unset):
        ip (str | Unset):
        location_sid (str | Unset):
        port (int | Unset):
        priority (int | Unset):
        sip_password (str | Unset):
        sip_username (str | Unset):
        srtp (bool | Unset):
        transport (str | Unset):
    """

    direction: str | Unset = UNSET
    dst_port: int | Unset = UNSET
    ip: str | Unset = UNSET
    location_sid: str | Unset = UNSET
    port: int | Unset = UNSET
    priority: int | Unset = UNSET
    sip_password: str | Unset = UNSET
    sip_username: str | Unset = UNSET
    srtp: bool | Unset = UNSET
    transport: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction = self.direction

        dst_port = self.dst_port

        ip = self.ip

        location_sid = self.location_sid

        port = self.port

        priority = self.priority

        sip_password = self.sip_password

        sip_username = self.sip_username

        srtp = self.srtp

        transport = self.transport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if dst_port is not UNSET:
            field_dict["dst_port"] = dst_port
        if ip is not UNSET:
            field_dict["ip"] = ip
        if location_sid is not UNSET:
            field_dict["location_sid"] = location_sid
        if port is not UNSET:
            field_dict["port"] = port
        if priority is not UNSET:
            field_dict["priority"] = priority
        if sip_password is not UNSET:
            field_dict["sip_password"] = sip_password
        if sip_username is not UNSET:
            field_dict["sip_username"] = sip_username
        if srtp is not UNSET:
            field_dict["srtp"] = srtp
        if transport is not UNSET:
            field_dict["transport"] = transport

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = d.pop("direction", UNSET)

        dst_port = d.pop("dst_port", UNSET)

        ip = d.pop("ip", UNSET)

        location_sid = d.pop("location_sid", UNSET)

        port = d.pop("port", UNSET)

        priority = d.pop("priority", UNSET)

        sip_password = d.pop("sip_password", UNSET)

        sip_username = d.pop("sip_username", UNSET)

        srtp = d.pop("srtp", UNSET)

        transport = d.pop("transport", UNSET)

        endpoint_address_input = cls(
            direction=direction,
            dst_port=dst_port,
            ip=ip,
            location_sid=location_sid,
            port=port,
            priority=priority,
            sip_password=sip_password,
            sip_username=sip_username,
            srtp=srtp,
            transport=transport,
        )

        endpoint_address_input.additional_properties = d
        return endpoint_address_input

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
