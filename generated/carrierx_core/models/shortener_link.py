from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shortener_mode import ShortenerMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortenerLink")


@_attrs_define
class ShortenerLink:
    """A short link on a shortener domain.

    Attributes:
        date_accessed (datetime.datetime | None | Unset): When the link was last used.
        date_created (datetime.datetime | None | Unset): When the link was created.
        destination_url (None | str | Unset): URL the short link leads to.
        domain_sid (None | str | Unset): SID of the domain the link belongs to.
        hits (int | None | Unset): How many times the link was used.
        link_sid (None | str | Unset): Link SID.
        maximum_ttl (int | None | Unset): Lifetime of the link; -1 (default) means it never expires.
        mode (None | ShortenerMode | Unset): How the link is served (default redirect_temporary).
        partner_sid (None | str | Unset): SID of the owning partner.
        short_name (None | str | Unset): Name after the domain; generated when empty, unique per domain.
        url (None | str | Unset): The full short URL.
    """

    date_accessed: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    destination_url: None | str | Unset = UNSET
    domain_sid: None | str | Unset = UNSET
    hits: int | None | Unset = UNSET
    link_sid: None | str | Unset = UNSET
    maximum_ttl: int | None | Unset = UNSET
    mode: None | ShortenerMode | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_accessed: None | str | Unset
        if isinstance(self.date_accessed, Unset):
            date_accessed = UNSET
        elif isinstance(self.date_accessed, datetime.datetime):
            date_accessed = self.date_accessed.isoformat()
        else:
            date_accessed = self.date_accessed

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        destination_url: None | str | Unset
        if isinstance(self.destination_url, Unset):
            destination_url = UNSET
        else:
            destination_url = self.destination_url

        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        hits: int | None | Unset
        if isinstance(self.hits, Unset):
            hits = UNSET
        else:
            hits = self.hits

        link_sid: None | str | Unset
        if isinstance(self.link_sid, Unset):
            link_sid = UNSET
        else:
            link_sid = self.link_sid

        maximum_ttl: int | None | Unset
        if isinstance(self.maximum_ttl, Unset):
            maximum_ttl = UNSET
        else:
            maximum_ttl = self.maximum_ttl

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ShortenerMode):
            mode = self.mode.value
        else:
            mode = self.mode

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_accessed is not UNSET:
            field_dict["date_accessed"] = date_accessed
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if destination_url is not UNSET:
            field_dict["destination_url"] = destination_url
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
        if hits is not UNSET:
            field_dict["hits"] = hits
        if link_sid is not UNSET:
            field_dict["link_sid"] = link_sid
        if maximum_ttl is not UNSET:
            field_dict["maximum_ttl"] = maximum_ttl
        if mode is not UNSET:
            field_dict["mode"] = mode
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date_accessed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_accessed_type_0 = datetime.datetime.fromisoformat(data)

                return date_accessed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_accessed = _parse_date_accessed(d.pop("date_accessed", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_destination_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_url = _parse_destination_url(d.pop("destination_url", UNSET))

        def _parse_domain_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_sid = _parse_domain_sid(d.pop("domain_sid", UNSET))

        def _parse_hits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hits = _parse_hits(d.pop("hits", UNSET))

        def _parse_link_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_sid = _parse_link_sid(d.pop("link_sid", UNSET))

        def _parse_maximum_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_ttl = _parse_maximum_ttl(d.pop("maximum_ttl", UNSET))

        def _parse_mode(data: object) -> None | ShortenerMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = ShortenerMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortenerMode | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        shortener_link = cls(
            date_accessed=date_accessed,
            date_created=date_created,
            destination_url=destination_url,
            domain_sid=domain_sid,
            hits=hits,
            link_sid=link_sid,
            maximum_ttl=maximum_ttl,
            mode=mode,
            partner_sid=partner_sid,
            short_name=short_name,
            url=url,
        )

        shortener_link.additional_properties = d
        return shortener_link

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
