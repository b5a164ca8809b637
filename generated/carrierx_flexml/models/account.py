from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_handler import ErrorHandler
from ..models.http_method import HttpMethod
from ..models.status_callback_method import StatusCallbackMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The account that holds the settings of this FlexML endpoint.

    Attributes:
        account_sid (None | str | Unset): Account SID.
        date_created (datetime.datetime | None | Unset): When the account was created.
        error_handler (ErrorHandler | None | Unset): How application errors are handled (default `basic`).
        login (None | str | Unset): Login of the FlexML endpoint (each endpoint has its own).
        method (HttpMethod | None | Unset): Method used to fetch `url` when the DID sets none (default `POST`).
        name (None | str | Unset): Friendly name of the account.
        status_callback_method (None | StatusCallbackMethod | Unset): Method used to request `status_callback_url`
            (default `POST`).
        status_callback_url (None | str | Unset): URL requested when a call ends.
        url (None | str | Unset): URL of the FlexML instructions used when the DID sets none.
    """

    account_sid: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    error_handler: ErrorHandler | None | Unset = UNSET
    login: None | str | Unset = UNSET
    method: HttpMethod | None | Unset = UNSET
    name: None | str | Unset = UNSET
    status_callback_method: None | StatusCallbackMethod | Unset = UNSET
    status_callback_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        error_handler: None | str | Unset
        if isinstance(self.error_handler, Unset):
            error_handler = UNSET
        elif isinstance(self.error_handler, ErrorHandler):
            error_handler = self.error_handler.value
        else:
            error_handler = self.error_handler

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, HttpMethod):
            method = self.method.value
        else:
            method = self.method

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status_callback_method: None | str | Unset
        if isinstance(self.status_callback_method, Unset):
            status_callback_method = UNSET
        elif isinstance(self.status_callback_method, StatusCallbackMethod):
            status_callback_method = self.status_callback_method.value
        else:
            status_callback_method = self.status_callback_method

        status_callback_url: None | str | Unset
        if isinstance(self.status_callback_url, Unset):
            status_callback_url = UNSET
        else:
            status_callback_url = self.status_callback_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if error_handler is not UNSET:
            field_dict["error_handler"] = error_handler
        if login is not UNSET:
            field_dict["login"] = login
        if method is not UNSET:
            field_dict["method"] = method
        if name is not UNSET:
            field_dict["name"] = name
        if status_callback_method is not UNSET:
            field_dict["status_callback_method"] = status_callback_method
        if status_callback_url is not UNSET:
            field_dict["status_callback_url"] = status_callback_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

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

        def _parse_error_handler(data: object) -> ErrorHandler | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_handler_type_0 = ErrorHandler(data)

                return error_handler_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorHandler | None | Unset, data)

        error_handler = _parse_error_handler(d.pop("error_handler", UNSET))

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_method(data: object) -> HttpMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = HttpMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HttpMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status_callback_method(data: object) -> None | StatusCallbackMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_callback_method_type_0 = StatusCallbackMethod(data)

                return status_callback_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusCallbackMethod | Unset, data)

        status_callback_method = _parse_status_callback_method(d.pop("status_callback_method", UNSET))

        def _parse_status_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_callback_url = _parse_status_callback_url(d.pop("status_callback_url", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        account = cls(
            account_sid=account_sid,
            date_created=date_created,
            error_handler=error_handler,
            login=login,
            method=method,
            name=name,
            status_callback_method=status_callback_method,
            status_callback_url=status_callback_url,
            url=url,
        )

        account.additional_properties = d
        return account

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
