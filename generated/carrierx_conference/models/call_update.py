from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_hold_mode import CallHoldMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Call fields to change (PUT changes only what is sent).

    Attributes:
        access_code (str | Unset):
        address_from (str | Unset):
        address_to (str | Unset):
        callee (str | Unset):
        caller (str | Unset):
        codec (str | Unset):
        connection_status (int | Unset):
        custom_name (str | Unset):
        gain_level (int | Unset):
        hold_mode (CallHoldMode | Unset): Hold state: 0 nobody on hold, 40 participants and listeners on hold.
        mute_mode (int | Unset):
        node_name (str | Unset):
        presenter_media (int | Unset): Bit flags (e.g. 1 + 4 = 5).
        role (int | Unset): Role code.
        state (int | Unset): Call state code.
    """

    access_code: str | Unset = UNSET
    address_from: str | Unset = UNSET
    address_to: str | Unset = UNSET
    callee: str | Unset = UNSET
    caller: str | Unset = UNSET
    codec: str | Unset = UNSET
    connection_status: int | Unset = UNSET
    custom_name: str | Unset = UNSET
    gain_level: int | Unset = UNSET
    hold_mode: CallHoldMode | Unset = UNSET
    mute_mode: int | Unset = UNSET
    node_name: str | Unset = UNSET
    presenter_media: int | Unset = UNSET
    role: int | Unset = UNSET
    state: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code = self.access_code

        address_from = self.address_from

        address_to = self.address_to

        callee = self.callee

        caller = self.caller

        codec = self.codec

        connection_status = self.connection_status

        custom_name = self.custom_name

        gain_level = self.gain_level

        hold_mode: int | Unset = UNSET
        if not isinstance(self.hold_mode, Unset):
            hold_mode = self.hold_mode.value

        mute_mode = self.mute_mode

        node_name = self.node_name

        presenter_media = self.presenter_media

        role = self.role

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if address_from is not UNSET:
            field_dict["addressFrom"] = address_from
        if address_to is not UNSET:
            field_dict["addressTo"] = address_to
        if callee is not UNSET:
            field_dict["callee"] = callee
        if caller is not UNSET:
            field_dict["caller"] = caller
        if codec is not UNSET:
            field_dict["codec"] = codec
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status
        if custom_name is not UNSET:
            field_dict["customName"] = custom_name
        if gain_level is not UNSET:
            field_dict["gainLevel"] = gain_level
        if hold_mode is not UNSET:
            field_dict["holdMode"] = hold_mode
        if mute_mode is not UNSET:
            field_dict["muteMode"] = mute_mode
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name
        if presenter_media is not UNSET:
            field_dict["presenterMedia"] = presenter_media
        if role is not UNSET:
            field_dict["role"] = role
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_code = d.pop("accessCode", UNSET)

        address_from = d.pop("addressFrom", UNSET)

        address_to = d.pop("addressTo", UNSET)

        callee = d.pop("callee", UNSET)

        caller = d.pop("caller", UNSET)

        codec = d.pop("codec", UNSET)

        connection_status = d.pop("connectionStatus", UNSET)

        custom_name = d.pop("customName", UNSET)

        gain_level = d.pop("gainLevel", UNSET)

        _hold_mode = d.pop("holdMode", UNSET)
        hold_mode: CallHoldMode | Unset
        if isinstance(_hold_mode, Unset):
            hold_mode = UNSET
        else:
            hold_mode = CallHoldMode(_hold_mode)

        mute_mode = d.pop("muteMode", UNSET)

        node_name = d.pop("nodeName", UNSET)

        presenter_media = d.pop("presenterMedia", UNSET)

        role = d.pop("role", UNSET)

        state = d.pop("state", UNSET)

        call_update = cls(
            access_code=access_code,
            address_from=address_from,
            address_to=address_to,
            callee=callee,
            caller=caller,
            codec=codec,
            connection_status=connection_status,
            custom_name=custom_name,
            gain_level=gain_level,
            hold_mode=hold_mode,
            mute_mode=mute_mode,
            node_name=node_name,
            presenter_media=presenter_media,
            role=role,
            state=state,
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
