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

T = TypeVar("T", bound="ShortenerDomain")


@_attrs_define
class ShortenerDomain:
    """A domain used to build short links.

    Attributes:
        domain_name (None | str | Unset): The unique domain name.
        domain_sid (None | str | Unset): Domain SID.
        expired_mode (None | ShortenerMode | Unset): Behaviour for expired links (default redirect_temporary).
        expired_page (None | str | Unset): Content served when a link has expired.
        expired_status_code (int | None | ShortenerStatusCodeClass | Unset): Status returned for expired links in
            proxy_pass mode.
        minimum_length (int | None | Unset): Shortest link name the system creates (default 6).
        not_found_mode (None | ShortenerMode | Unset): Behaviour for unknown links (default redirect_temporary).
        not_found_page (None | str | Unset): Content served when a link is not found.
        not_found_status_code (int | None | ShortenerStatusCodeClass | Unset): Status returned for unknown links in
            proxy_pass mode.
        partner_sid (None | str | Unset): SID of the owning partner.
        scope (None | ShortenerDomainScope | Unset):
        secure (None | ShortenerDomainSecure | Unset):
        suffix_pattern (None | str | Unset): Regular expression of suffixes allowed after a link name.
    """

    domain_name: None | str | Unset = UNSET
    domain_sid: None | str | Unset = UNSET
    expired_mode: None | ShortenerMode | Unset = UNSET
    expired_page: None | str | Unset = UNSET
    expired_status_code: int | None | ShortenerStatusCodeClass | Unset = UNSET
    minimum_length: int | None | Unset = UNSET
    not_found_mode: None | ShortenerMode | Unset = UNSET
    not_found_page: None | str | Unset = UNSET
    not_found_status_code: int | None | ShortenerStatusCodeClass | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    scope: None | ShortenerDomainScope | Unset = UNSET
    secure: None | ShortenerDomainSecure | Unset = UNSET
    suffix_pattern: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        domain_sid: None | str | Unset
        if isinstance(self.domain_sid, Unset):
            domain_sid = UNSET
        else:
            domain_sid = self.domain_sid

        expired_mode: None | str | Unset
        if isinstance(self.expired_mode, Unset):
            expired_mode = UNSET
        elif isinstance(self.expired_mode, ShortenerMode):
            expired_mode = self.expired_mode.value
        else:
            expired_mode = self.expired_mode

        expired_page: None | str | Unset
        if isinstance(self.expired_page, Unset):
            expired_page = UNSET
        else:
            expired_page = self.expired_page

        expired_status_code: int | None | str | Unset
        if isinstance(self.expired_status_code, Unset):
            expired_status_code = UNSET
        elif isinstance(self.expired_status_code, ShortenerStatusCodeClass):
            expired_status_code = self.expired_status_code.value
        else:
            expired_status_code = self.expired_status_code

        minimum_length: int | None | Unset
        if isinstance(self.minimum_length, Unset):
            minimum_length = UNSET
        else:
            minimum_length = self.minimum_length

        not_found_mode: None | str | Unset
        if isinstance(self.not_found_mode, Unset):
            not_found_mode = UNSET
        elif isinstance(self.not_found_mode, ShortenerMode):
            not_found_mode = self.not_found_mode.value
        else:
            not_found_mode = self.not_found_mode

        not_found_page: None | str | Unset
        if isinstance(self.not_found_page, Unset):
            not_found_page = UNSET
        else:
            not_found_page = self.not_found_page

        not_found_status_code: int | None | str | Unset
        if isinstance(self.not_found_status_code, Unset):
            not_found_status_code = UNSET
        elif isinstance(self.not_found_status_code, ShortenerStatusCodeClass):
            not_found_status_code = self.not_found_status_code.value
        else:
            not_found_status_code = self.not_found_status_code

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, ShortenerDomainScope):
            scope = self.scope.value
        else:
            scope = self.scope

        secure: None | str | Unset
        if isinstance(self.secure, Unset):
            secure = UNSET
        elif isinstance(self.secure, ShortenerDomainSecure):
            secure = self.secure.value
        else:
            secure = self.secure

        suffix_pattern: None | str | Unset
        if isinstance(self.suffix_pattern, Unset):
            suffix_pattern = UNSET
        else:
            suffix_pattern = self.suffix_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if domain_sid is not UNSET:
            field_dict["domain_sid"] = domain_sid
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
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
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

        def _parse_domain_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_name = _parse_domain_name(d.pop("domain_name", UNSET))

        def _parse_domain_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_sid = _parse_domain_sid(d.pop("domain_sid", UNSET))

        def _parse_expired_mode(data: object) -> None | ShortenerMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_mode_type_0 = ShortenerMode(data)

                return expired_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortenerMode | Unset, data)

        expired_mode = _parse_expired_mode(d.pop("expired_mode", UNSET))

        def _parse_expired_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_page = _parse_expired_page(d.pop("expired_page", UNSET))

        def _parse_expired_status_code(data: object) -> int | None | ShortenerStatusCodeClass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_status_code_type_0 = ShortenerStatusCodeClass(data)

                return expired_status_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ShortenerStatusCodeClass | Unset, data)

        expired_status_code = _parse_expired_status_code(d.pop("expired_status_code", UNSET))

        def _parse_minimum_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum_length = _parse_minimum_length(d.pop("minimum_length", UNSET))

        def _parse_not_found_mode(data: object) -> None | ShortenerMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_found_mode_type_0 = ShortenerMode(data)

                return not_found_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortenerMode | Unset, data)

        not_found_mode = _parse_not_found_mode(d.pop("not_found_mode", UNSET))

        def _parse_not_found_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        not_found_page = _parse_not_found_page(d.pop("not_found_page", UNSET))

        def _parse_not_found_status_code(data: object) -> int | None | ShortenerStatusCodeClass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_found_status_code_type_0 = ShortenerStatusCodeClass(data)

                return not_found_status_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ShortenerStatusCodeClass | Unset, data)

        not_found_status_code = _parse_not_found_status_code(d.pop("not_found_status_code", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_scope(data: object) -> None | ShortenerDomainScope | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_0 = ShortenerDomainScope(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortenerDomainScope | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_secure(data: object) -> None | ShortenerDomainSecure | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secure_type_0 = ShortenerDomainSecure(data)

                return secure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortenerDomainSecure | Unset, data)

        secure = _parse_secure(d.pop("secure", UNSET))

        def _parse_suffix_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffix_pattern = _parse_suffix_pattern(d.pop("suffix_pattern", UNSET))

        shortener_domain = cls(
            domain_name=domain_name,
            domain_sid=domain_sid,
            expired_mode=expired_mode,
            expired_page=expired_page,
            expired_status_code=expired_status_code,
            minimum_length=minimum_length,
            not_found_mode=not_found_mode,
            not_found_page=not_found_page,
            not_found_status_code=not_found_status_code,
            partner_sid=partner_sid,
            scope=scope,
            secure=secure,
            suffix_pattern=suffix_pattern,
        )

        shortener_domain.additional_properties = d
        return shortener_domain

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
