from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shortener_mode import ShortenerMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortenerLinkUpdate")


@_attrs_define
class ShortenerLinkUpdate:
    """Link fields to change (PATCH); send only what changes.

    Attributes:
        destination_url (str | Unset): URL the short link leads to.
        domain_sid (str | Unset): SID of the domain the link belongs to.
        maximum_ttl (int | Unset): Lifetime of the link; -1 (default) means it never expires.
        mode (ShortenerMode | Unset): How a short link (or a domain's expired/not-found case) is served: proxied or
            redirected.
        short_name (str | Unset): Name after the domain; generated when empty, unique per domain.
    """

    destination_url: str | Unset = UNSET
    domain_sid: str | Unset = UNSET
    maximum_ttl: int | Unset = UNSET
    mode: ShortenerMode | Unset = UNSET
    short_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_url = self.destination_url

        domain_sid = self.domain_sid

        maximum_ttl = self.maximum_ttl

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        short_name = self.short_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_url is not UNSET:
            field_dict["destination_url"] = destination_url
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if maximum_ttl is not UNSET:
            field_dict["maximum_ttl"] = maximum_ttl
        if mode is not UNSET:
            field_dict["mode"] = mode
        if short_name is not UNSET:
            field_dict["short_name"] = short_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_url = d.pop("destination_url", UNSET)

        domain_sid = d.pop("domain_sid", UNSET)

        maximum_ttl = d.pop("maximum_ttl", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ShortenerMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ShortenerMode(_mode)

        short_name = d.pop("short_name", UNSET)

        shortener_link_update = cls(
            destination_url=destination_url,
            domain_sid=domain_sid,
            maximum_ttl=maximum_ttl,
            mode=mode,
            short_name=short_name,
        )

        shortener_link_update.additional_properties = d
        return shortener_link_update

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
