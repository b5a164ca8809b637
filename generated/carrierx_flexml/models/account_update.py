from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_handler import ErrorHandler
from ..models.http_method import HttpMethod
from ..models.status_callback_method import StatusCallbackMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdate")


@_attrs_define
class AccountUpdate:
    """Account fields to change (PATCH); send only what changes.

    Attributes:
        error_handler (ErrorHandler | Unset): How application errors are handled: `basic` plays a recording, `none`
            leaves it to the carrier settings.
        method (HttpMethod | Unset): HTTP method CarrierX uses to call back a URL.
        name (str | Unset):
        status_callback_method (StatusCallbackMethod | Unset): HTTP method used to request the status callback URL at
            the end of a call.
        status_callback_url (str | Unset): URL requested when a call ends.
        url (str | Unset):
    """

    error_handler: ErrorHandler | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    name: str | Unset = UNSET
    status_callback_method: StatusCallbackMethod | Unset = UNSET
    status_callback_url: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_handler: str | Unset = UNSET
        if not isinstance(self.error_handler, Unset):
            error_handler = self.error_handler.value

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        name = self.name

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        status_callback_url = self.status_callback_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_handler is not UNSET:
            field_dict["error_handler"] = error_handler
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
        _error_handler = d.pop("error_handler", UNSET)
        error_handler: ErrorHandler | Unset
        if isinstance(_error_handler, Unset):
            error_handler = UNSET
        else:
            error_handler = ErrorHandler(_error_handler)

        _method = d.pop("method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        name = d.pop("name", UNSET)

        _status_callback_method = d.pop("status_callback_method", UNSET)
        status_callback_method: StatusCallbackMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = StatusCallbackMethod(_status_callback_method)

        status_callback_url = d.pop("status_callback_url", UNSET)

        url = d.pop("url", UNSET)

        account_update = cls(
            error_handler=error_handler,
            method=method,
            name=name,
            status_callback_method=status_callback_method,
            status_callback_url=status_callback_url,
            url=url,
        )

        account_update.additional_properties = d
        return account_update

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
