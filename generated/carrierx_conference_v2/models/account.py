from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The account of the Conference endpoint.

    Attributes:
        account_sid (None | str | Unset): Account SID.
        properties (CallFlowProperties | None | Unset): Call flow properties overridden at account level.
        call_flow_sid (None | str | Unset): SID of the default call flow of the account.
        date_created (datetime.datetime | None | Unset): When the account was created.
        login (None | str | Unset): User name used to reach this endpoint (Basic auth login).
        name (None | str | Unset): Display name of the account.
    """

    account_sid: None | str | Unset = UNSET
    properties: CallFlowProperties | None | Unset = UNSET
    call_flow_sid: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    login: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, CallFlowProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        call_flow_sid: None | str | Unset
        if isinstance(self.call_flow_sid, Unset):
            call_flow_sid = UNSET
        else:
            call_flow_sid = self.call_flow_sid

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if properties is not UNSET:
            field_dict["properties"] = properties
        if call_flow_sid is not UNSET:
            field_dict["call_flow_sid"] = call_flow_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if login is not UNSET:
            field_dict["login"] = login
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_properties(data: object) -> CallFlowProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = CallFlowProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallFlowProperties | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_call_flow_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_flow_sid = _parse_call_flow_sid(d.pop("call_flow_sid", UNSET))

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

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        account = cls(
            account_sid=account_sid,
            properties=properties,
            call_flow_sid=call_flow_sid,
            date_created=date_created,
            login=login,
            name=name,
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
