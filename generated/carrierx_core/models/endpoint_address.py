from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointAddress")


@_attrs_define
class EndpointAddress:
    """One address (IP or FQDN) of an endpoint.

    Attributes:
        direction (None | str | Unset): Direction the address serves.
        dst_port (int | None | Unset): If set, the address only applies to calls reaching CarrierX on this port.
        ip (None | str | Unset): IP address or fully qualified domain name.
        location_sid (None | str | Unset): Location secure ID.
        port (int | None | Unset): Port.
        priority (int | None | Unset): Priority of the address.
        sip_password (None | str | Unset): SIP password for this address.
        sip_username (None | str | Unset): SIP user name for this address.
        srtp (bool | None | Unset): Whether SRTP is used.
        transport (None | str | Unset): SIP transport.
    """

    direction: None | str | Unset = UNSET
    dst_port: int | None | Unset = UNSET
    ip: None | str | Unset = UNSET
    location_sid: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    sip_password: None | str | Unset = UNSET
    sip_username: None | str | Unset = UNSET
    srtp: bool | None | Unset = UNSET
    transport: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        dst_port: int | None | Unset
        if isinstance(self.dst_port, Unset):
            dst_port = UNSET
        else:
            dst_port = self.dst_port

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        location_sid: None | str | Unset
        if isinstance(self.location_sid, Unset):
            location_sid = UNSET
        else:
            location_sid = self.location_sid

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        sip_password: None | str | Unset
        if isinstance(self.sip_password, Unset):
            sip_password = UNSET
        else:
            sip_password = self.sip_password

        sip_username: None | str | Unset
        if isinstance(self.sip_username, Unset):
            sip_username = UNSET
        else:
            sip_username = self.sip_username

        srtp: bool | None | Unset
        if isinstance(self.srtp, Unset):
            srtp = UNSET
        else:
            srtp = self.srtp

        transport: None | str | Unset
        if isinstance(self.transport, Unset):
            transport = UNSET
        else:
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

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_dst_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dst_port = _parse_dst_port(d.pop("dst_port", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_location_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_sid = _parse_location_sid(d.pop("location_sid", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_sip_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_password = _parse_sip_password(d.pop("sip_password", UNSET))

        def _parse_sip_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_username = _parse_sip_username(d.pop("sip_username", UNSET))

        def _parse_srtp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        srtp = _parse_srtp(d.pop("srtp", UNSET))

        def _parse_transport(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transport = _parse_transport(d.pop("transport", UNSET))

        endpoint_address = cls(
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

        endpoint_address.additional_properties = d
        return endpoint_address

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
