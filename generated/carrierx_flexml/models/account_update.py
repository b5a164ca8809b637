from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_handler import ErrorHandler
from ..models.http_method import HttpMethod
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
        url (str | Unset):
    """

    error_handler: ErrorHandler | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    name: str | Unset = UNSET
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

        url = d.pop("url", UNSET)

        account_update = cls(
            error_handler=error_handler,
            method=method,
            name=name,
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
