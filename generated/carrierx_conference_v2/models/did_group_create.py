from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow_properties import CallFlowProperties


T = TypeVar("T", bound="DidGroupCreate")


@_attrs_define
class DidGroupCreate:
    """Fields of a new DID group.

    Attributes:
        properties (CallFlowProperties | Unset): Call flow settings as a flat map of string values. On a call flow they
            are the defaults; on an account, DID group, DID or meeting room they override them (meeting room wins over DID,
            DID over DID group, DID group over account, account over call flow). Send only the keys to override.
        call_flow_sid (str | Unset): SID of the call flow of the group.
        name (str | Unset): Name of the group.
    """

    properties: CallFlowProperties | Unset = UNSET
    call_flow_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        call_flow_sid = self.call_flow_sid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties
        if call_flow_sid is not UNSET:
            field_dict["call_flow_sid"] = call_flow_sid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow_properties import CallFlowProperties  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: CallFlowProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CallFlowProperties.from_dict(_properties)

        call_flow_sid = d.pop("call_flow_sid", UNSET)

        name = d.pop("name", UNSET)

        did_group_create = cls(
            properties=properties,
            call_flow_sid=call_flow_sid,
            name=name,
        )

        did_group_create.additional_properties = d
        return did_group_create

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
