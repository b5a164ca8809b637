from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties


T = TypeVar("T", bound="DidGroup")


@_attrs_define
class DidGroup:
    """A group of phone numbers routed to the conference endpoint.

    Attributes:
        account_sid (None | str | Unset): SID of the account.
        properties (CallFlowProperties | None | Unset): Call flow properties overridden at DID group level.
        call_flow_sid (None | str | Unset): SID of the call flow of the group; `null` when not set.
        did_group_sid (None | str | Unset): DID group SID.
        name (None | str | Unset): Name of the group.
    """

    account_sid: None | str | Unset = UNSET
    properties: CallFlowProperties | None | Unset = UNSET
    call_flow_sid: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
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

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

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
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
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

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        did_group = cls(
            account_sid=account_sid,
            properties=properties,
            call_flow_sid=call_flow_sid,
            did_group_sid=did_group_sid,
            name=name,
        )

        did_group.additional_properties = d
        return did_group

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
