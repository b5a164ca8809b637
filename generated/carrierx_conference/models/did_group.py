from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute
    from ..models.did import Did


T = TypeVar("T", bound="DidGroup")


@_attrs_define
class DidGroup:
    """A group of phone numbers tied to a call flow.

    Attributes:
        attributes (list[Attribute] | None | Unset): Setting overrides at the DID group level.
        call_flow_id (int | None | Unset): ID of the call flow used by the group.
        description (None | str | Unset): Description.
        dids (list[Did] | None | Unset): The DIDs in the group.
        id (int | None | Unset): DID group ID.
        name (None | str | Unset): Name of the group.
        state (int | None | Unset): State code.
        subscriber_sid (None | str | Unset): Identifier of the subscriber that owns the group.
    """

    attributes: list[Attribute] | None | Unset = UNSET
    call_flow_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    dids: list[Did] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    state: int | None | Unset = UNSET
    subscriber_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.to_dict()
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        call_flow_id: int | None | Unset
        if isinstance(self.call_flow_id, Unset):
            call_flow_id = UNSET
        else:
            call_flow_id = self.call_flow_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        dids: list[dict[str, Any]] | None | Unset
        if isinstance(self.dids, Unset):
            dids = UNSET
        elif isinstance(self.dids, list):
            dids = []
            for dids_type_0_item_data in self.dids:
                dids_type_0_item = dids_type_0_item_data.to_dict()
                dids.append(dids_type_0_item)

        else:
            dids = self.dids

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        state: int | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        subscriber_sid: None | str | Unset
        if isinstance(self.subscriber_sid, Unset):
            subscriber_sid = UNSET
        else:
            subscriber_sid = self.subscriber_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if call_flow_id is not UNSET:
            field_dict["callFlowId"] = call_flow_id
        if description is not UNSET:
            field_dict["description"] = description
        if dids is not UNSET:
            field_dict["dids"] = dids
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if subscriber_sid is not UNSET:
            field_dict["subscriberSid"] = subscriber_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute import Attribute  # noqa: PLC0415
        from ..models.did import Did  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> list[Attribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = Attribute.from_dict(attributes_type_0_item_data)

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attribute] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_call_flow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        call_flow_id = _parse_call_flow_id(d.pop("callFlowId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_dids(data: object) -> list[Did] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dids_type_0 = []
                _dids_type_0 = data
                for dids_type_0_item_data in _dids_type_0:
                    dids_type_0_item = Did.from_dict(dids_type_0_item_data)

                    dids_type_0.append(dids_type_0_item)

                return dids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Did] | None | Unset, data)

        dids = _parse_dids(d.pop("dids", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_state(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_subscriber_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscriber_sid = _parse_subscriber_sid(d.pop("subscriberSid", UNSET))

        did_group = cls(
            attributes=attributes,
            call_flow_id=call_flow_id,
            description=description,
            dids=dids,
            id=id,
            name=name,
            state=state,
            subscriber_sid=subscriber_sid,
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
