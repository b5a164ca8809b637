from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_flow import CallFlow


T = TypeVar("T", bound="CallFlowList")


@_attrs_define
class CallFlowList:
    """
    Attributes:
        last (int | None | Unset): Paging marker returned by v1 (0 in the only sample); meaning not documented.
        offset (int | None | Unset): How many items were skipped.
        total (int | None | Unset): All matching items.
        call_flows (list[CallFlow] | None | Unset):
    """

    last: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    call_flows: list[CallFlow] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last: int | None | Unset
        if isinstance(self.last, Unset):
            last = UNSET
        else:
            last = self.last

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        call_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.call_flows, Unset):
            call_flows = UNSET
        elif isinstance(self.call_flows, list):
            call_flows = []
            for call_flows_type_0_item_data in self.call_flows:
                call_flows_type_0_item = call_flows_type_0_item_data.to_dict()
                call_flows.append(call_flows_type_0_item)

        else:
            call_flows = self.call_flows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last is not UNSET:
            field_dict["last"] = last
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if call_flows is not UNSET:
            field_dict["callFlows"] = call_flows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_flow import CallFlow  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_last(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last = _parse_last(d.pop("last", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_call_flows(data: object) -> list[CallFlow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                call_flows_type_0 = []
                _call_flows_type_0 = data
                for call_flows_type_0_item_data in _call_flows_type_0:
                    call_flows_type_0_item = CallFlow.from_dict(call_flows_type_0_item_data)

                    call_flows_type_0.append(call_flows_type_0_item)

                return call_flows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallFlow] | None | Unset, data)

        call_flows = _parse_call_flows(d.pop("callFlows", UNSET))

        call_flow_list = cls(
            last=last,
            offset=offset,
            total=total,
            call_flows=call_flows,
        )

        call_flow_list.additional_properties = d
        return call_flow_list

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
