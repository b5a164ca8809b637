from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.status_callback_method import StatusCallbackMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_attributes import CallAttributes


T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Call fields to change (PATCH) while the call is still scheduled; send only what changes.

    Attributes:
        attributes (CallAttributes | Unset): Options of a call as key/value pairs: built-in keys plus any custom ones.
        called_did (str | Unset):
        calling_did (str | Unset):
        delay (int | Unset): Whole seconds to wait before dialling.
        method (HttpMethod | Unset): HTTP method CarrierX uses to call back a URL.
        status_callback_method (StatusCallbackMethod | Unset): HTTP method used to request the status callback URL at
            the end of a call.
        status_callback_url (str | Unset):
        timeout (int | Unset): Seconds to wait for an answer (default 30).
        url (str | Unset):
    """

    attributes: CallAttributes | Unset = UNSET
    called_did: str | Unset = UNSET
    calling_did: str | Unset = UNSET
    delay: int | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    status_callback_method: StatusCallbackMethod | Unset = UNSET
    status_callback_url: str | Unset = UNSET
    timeout: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        called_did = self.called_did

        calling_did = self.calling_did

        delay = self.delay

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method.value

        status_callback_url = self.status_callback_url

        timeout = self.timeout

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if called_did is not UNSET:
            field_dict["called_did"] = called_did
        if calling_did is not UNSET:
            field_dict["calling_did"] = calling_did
        if delay is not UNSET:
            field_dict["delay"] = delay
        if method is not UNSET:
            field_dict["method"] = method
        if status_callback_method is not UNSET:
            field_dict["status_callback_method"] = status_callback_method
        if status_callback_url is not UNSET:
            field_dict["status_callback_url"] = status_callback_url
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_attributes import CallAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: CallAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CallAttributes.from_dict(_attributes)

        called_did = d.pop("called_did", UNSET)

        calling_did = d.pop("calling_did", UNSET)

        delay = d.pop("delay", UNSET)

        _method = d.pop("method", UNSET)
        method: HttpMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = HttpMethod(_method)

        _status_callback_method = d.pop("status_callback_method", UNSET)
        status_callback_method: StatusCallbackMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = StatusCallbackMethod(_status_callback_method)

        status_callback_url = d.pop("status_callback_url", UNSET)

        timeout = d.pop("timeout", UNSET)

        url = d.pop("url", UNSET)

        call_update = cls(
            attributes=attributes,
            called_did=called_did,
            calling_did=calling_did,
            delay=delay,
            method=method,
            status_callback_method=status_callback_method,
            status_callback_url=status_callback_url,
            timeout=timeout,
            url=url,
        )

        call_update.additional_properties = d
        return call_update

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
