from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HttpMethod
from ..models.status_callback_method import StatusCallbackMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_attributes import CallAttributes


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """An outbound call placed by the FlexML endpoint; listed while it is still scheduled.

    Attributes:
        account_sid (None | str | Unset): Account SID.
        attributes (CallAttributes | None | Unset): Built-in and custom options of the call.
        call_sid (None | str | Unset): Call SID.
        called_did (None | str | Unset): Number dialled, E.164 without `+`.
        calling_did (None | str | Unset): Number the call comes from (a DID of the endpoint), E.164 without `+`.
        date_created (datetime.datetime | None | Unset): When the call was created.
        delay (int | None | Unset): Seconds to wait before dialling (default 0).
        method (HttpMethod | None | Unset): Method used to fetch `url` (default `POST`).
        status_callback_method (None | StatusCallbackMethod | Unset): Method used to request `status_callback_url`
            (default `POST`).
        status_callback_url (None | str | Unset): URL requested when the call ends; wins over the DID's.
        timeout (int | None | Unset): Seconds to wait for an answer (default 30).
        url (None | str | Unset): URL of the FlexML instructions for this call; falls back to the DID, then the account.
    """

    account_sid: None | str | Unset = UNSET
    attributes: CallAttributes | None | Unset = UNSET
    call_sid: None | str | Unset = UNSET
    called_did: None | str | Unset = UNSET
    calling_did: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    delay: int | None | Unset = UNSET
    method: HttpMethod | None | Unset = UNSET
    status_callback_method: None | StatusCallbackMethod | Unset = UNSET
    status_callback_url: None | str | Unset = UNSET
    timeout: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_attributes import CallAttributes  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, CallAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        call_sid: None | str | Unset
        if isinstance(self.call_sid, Unset):
            call_sid = UNSET
        else:
            call_sid = self.call_sid

        called_did: None | str | Unset
        if isinstance(self.called_did, Unset):
            called_did = UNSET
        else:
            called_did = self.called_did

        calling_did: None | str | Unset
        if isinstance(self.calling_did, Unset):
            calling_did = UNSET
        else:
            calling_did = self.calling_did

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        delay: int | None | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, HttpMethod):
            method = self.method.value
        else:
            method = self.method

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

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

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
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if call_sid is not UNSET:
            field_dict["call_sid"] = call_sid
        if called_did is not UNSET:
            field_dict["called_did"] = called_did
        if calling_did is not UNSET:
            field_dict["calling_did"] = calling_did
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
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

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_attributes(data: object) -> CallAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = CallAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_sid = _parse_call_sid(d.pop("call_sid", UNSET))

        def _parse_called_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        called_did = _parse_called_did(d.pop("called_did", UNSET))

        def _parse_calling_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calling_did = _parse_calling_did(d.pop("calling_did", UNSET))

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

        def _parse_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

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

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        call = cls(
            account_sid=account_sid,
            attributes=attributes,
            call_sid=call_sid,
            called_did=called_did,
            calling_did=calling_did,
            date_created=date_created,
            delay=delay,
            method=method,
            status_callback_method=status_callback_method,
            status_callback_url=status_callback_url,
            timeout=timeout,
            url=url,
        )

        call.additional_properties = d
        return call

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
