from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shortener_domain_scope import ShortenerDomainScope
from ..models.shortener_domain_secure import ShortenerDomainSecure
from ..models.shortener_mode import ShortenerMode
from ..models.shortener_status_code_class import ShortenerStatusCodeClass
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortenerDomainUpdate")


@_attrs_define
class ShortenerDomainUpdate:
    """Domain fields to change (PATCH); send only what changes.

    Attributes:
        domain_name (str | Unset): The unique domain name.
        expired_mode (ShortenerMode | Unset): How a short link (or a domain's expired/not-found case) is served: proxied
            or redirected.
        expired_page (str | Unset): Content served when a link has expired.
        expired_status_code (int | ShortenerStatusCodeClass | Unset): Status returned for expired links in proxy_pass
            mode.
        minimum_length (int | Unset): Shortest link name the system creates (default 6).
        not_found_mode (ShortenerMode | Unset): How a short link (or a domain's expired/not-found case) is served:
            proxied or redirected.
        not_found_page (str | Unset): Content served when a link is not found.
        not_found_status_code (int | ShortenerStatusCodeClass | Unset): Status returned for unknown links in proxy_pass
            mode.
        scope (ShortenerDomainScope | Unset): Who may create links with a domain.
        secure (ShortenerDomainSecure | Unset): Whether returned links are prefixed with https.
        suffix_pattern (str | Unset): Regular expression of suffixes allowed after a link name.
    """

    domain_name: str | Unset = UNSET
    expired_mode: ShortenerMode | Unset = UNSET
    expired_page: str | Unset = UNSET
    expired_status_code: int | ShortenerStatusCodeClass | Unset = UNSET
    minimum_length: int | Unset = UNSET
    not_found_mode: ShortenerMode | Unset = UNSET
    not_found_page: str | Unset = UNSET
    not_found_status_code: int | ShortenerStatusCodeClass | Unset = UNSET
    scope: ShortenerDomainScope | Unset = UNSET
    secure: ShortenerDomainSecure | Unset = UNSET
    suffix_pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        expired_mode: str | Unset = UNSET
        if not isinstance(self.expired_mode, Unset):
            expired_mode = self.expired_mode.value

        expired_page = self.expired_page

        expired_status_code: int | str | Unset
        if isinstance(self.expired_status_code, Unset):
            expired_status_code = UNSET
        elif isinstance(self.expired_status_code, ShortenerStatusCodeClass):
            expired_status_code = self.expired_status_code.value
        else:
            expired_status_code = self.expired_status_code

        minimum_length = self.minimum_length

        not_found_mode: str | Unset = UNSET
        if not isinstance(self.not_found_mode, Unset):
            not_found_mode = self.not_found_mode.value

        not_found_page = self.not_found_page

        not_found_status_code: int | str | Unset
        if isinstance(self.not_found_status_code, Unset):
            not_found_status_code = UNSET
        elif isinstance(self.not_found_status_code, ShortenerStatusCodeClass):
            not_found_status_code = self.not_found_status_code.value
        else:
            not_found_status_code = self.not_found_status_code

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        secure: str | Unset = UNSET
        if not isinstance(self.secure, Unset):
            secure = self.secure.value

        suffix_pattern = self.suffix_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if expired_mode is not UNSET:
            field_dict["expired_mode"] = expired_mode
        if expired_page is not UNSET:
            field_dict["expired_page"] = expired_page
        if expired_status_code is not UNSET:
            field_dict["expired_status_code"] = expired_status_code
        if minimum_length is not UNSET:
            field_dict["minimum_length"] = minimum_length
        if not_found_mode is not UNSET:
            field_dict["not_found_mode"] = not_found_mode
        if not_found_page is not UNSET:
            field_dict["not_found_page"] = not_found_page
        if not_found_status_code is not UNSET:
            field_dict["not_found_status_code"] = not_found_status_code
        if scope is not UNSET:
            field_dict["scope"] = scope
        if secure is not UNSET:
            field_dict["secure"] = secure
        if suffix_pattern is not UNSET:
            field_dict["suffix_pattern"] = suffix_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_name = d.pop("domain_name", UNSET)

        _expired_mode = d.pop("expired_mode", UNSET)
        expired_mode: ShortenerMode | Unset
        if isinstance(_expired_mode, Unset):
            expired_mode = UNSET
        else:
            expired_mode = ShortenerMode(_expired_mode)

        expired_page = d.pop("expired_page", UNSET)

        def _parse_expired_status_code(data: object) -> int | ShortenerStatusCodeClass | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_status_code_type_0 = ShortenerStatusCodeClass(data)

                return expired_status_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | ShortenerStatusCodeClass | Unset, data)

        expired_status_code = _parse_expired_status_code(d.pop("expired_status_code", UNSET))

        minimum_length = d.pop("minimum_length", UNSET)

        _not_found_mode = d.pop("not_found_mode", UNSET)
        not_found_mode: ShortenerMode | Unset
        if isinstance(_not_found_mode, Unset):
            not_found_mode = UNSET
        else:
            not_found_mode = ShortenerMode(_not_found_mode)

        not_found_page = d.pop("not_found_page", UNSET)

        def _parse_not_found_status_code(data: object) -> int | ShortenerStatusCodeClass | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_found_status_code_type_0 = ShortenerStatusCodeClass(data)

                return not_found_status_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | ShortenerStatusCodeClass | Unset, data)

        not_found_status_code = _parse_not_found_status_code(d.pop("not_found_status_code", UNSET))

        _scope = d.pop("scope", UNSET)
        scope: ShortenerDomainScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = ShortenerDomainScope(_scope)

        _secure = d.pop("secure", UNSET)
        secure: ShortenerDomainSecure | Unset
        if isinstance(_secure, Unset):
            secure = UNSET
        else:
            secure = ShortenerDomainSecure(_secure)

        suffix_pattern = d.pop("suffix_pattern", UNSET)

        shortener_domain_update = cls(
            domain_name=domain_name,
            expired_mode=expired_mode,
            expired_page=expired_page,
            expired_status_code=expired_status_code,
            minimum_length=minimum_length,
            not_found_mode=not_found_mode,
            not_found_page=not_found_page,
            not_found_status_code=not_found_status_code,
            scope=scope,
            secure=secure,
            suffix_pattern=suffix_pattern,
        )

        shortener_domain_update.additional_properties = d
        return shortener_domain_update

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
