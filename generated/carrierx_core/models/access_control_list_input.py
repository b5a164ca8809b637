from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_control_action import AccessControlAction
from ..models.access_control_list_direction import AccessControlListDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessControlListInput")


@_attrs_define
class AccessControlListInput:
    """An access control list as sent inside a Partner body.

    Attributes:
        access_control_rules (list[str] | Unset):
        direction (AccessControlListDirection | Unset): Traffic direction an access control list applies to.
        sms_action_false (AccessControlAction | None | Unset):
        sms_action_true (AccessControlAction | None | Unset):
        voice_action_false (AccessControlAction | None | Unset):
        voice_action_true (AccessControlAction | None | Unset):
    """

    access_control_rules: list[str] | Unset = UNSET
    direction: AccessControlListDirection | Unset = UNSET
    sms_action_false: AccessControlAction | None | Unset = UNSET
    sms_action_true: AccessControlAction | None | Unset = UNSET
    voice_action_false: AccessControlAction | None | Unset = UNSET
    voice_action_true: AccessControlAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_control_rules: list[str] | Unset = UNSET
        if not isinstance(self.access_control_rules, Unset):
            access_control_rules = self.access_control_rules

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        sms_action_false: None | str | Unset
        if isinstance(self.sms_action_false, Unset):
            sms_action_false = UNSET
        elif isinstance(self.sms_action_false, AccessControlAction):
            sms_action_false = self.sms_action_false.value
        else:
            sms_action_false = self.sms_action_false

        sms_action_true: None | str | Unset
        if isinstance(self.sms_action_true, Unset):
            sms_action_true = UNSET
        elif isinstance(self.sms_action_true, AccessControlAction):
            sms_action_true = self.sms_action_true.value
        else:
            sms_action_true = self.sms_action_true

        voice_action_false: None | str | Unset
        if isinstance(self.voice_action_false, Unset):
            voice_action_false = UNSET
        elif isinstance(self.voice_action_false, AccessControlAction):
            voice_action_false = self.voice_action_false.value
        else:
            voice_action_false = self.voice_action_false

        voice_action_true: None | str | Unset
        if isinstance(self.voice_action_true, Unset):
            voice_action_true = UNSET
        elif isinstance(self.voice_action_true, AccessControlAction):
            voice_action_true = self.voice_action_true.value
        else:
            voice_action_true = self.voice_action_true

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_control_rules is not UNSET:
            field_dict["access_control_rules"] = access_control_rules
        if direction is not UNSET:
            field_dict["direction"] = direction
        if sms_action_false is not UNSET:
            field_dict["sms_action_false"] = sms_action_false
        if sms_action_true is not UNSET:
            field_dict["sms_action_true"] = sms_action_true
        if voice_action_false is not UNSET:
            field_dict["voice_action_false"] = voice_action_false
        if voice_action_true is not UNSET:
            field_dict["voice_action_true"] = voice_action_true

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_control_rules = cast(list[str], d.pop("access_control_rules", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: AccessControlListDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = AccessControlListDirection(_direction)

        def _parse_sms_action_false(data: object) -> AccessControlAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sms_action_false_type_0 = AccessControlAction(data)

                return sms_action_false_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlAction | None | Unset, data)

        sms_action_false = _parse_sms_action_false(d.pop("sms_action_false", UNSET))

        def _parse_sms_action_true(data: object) -> AccessControlAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sms_action_true_type_0 = AccessControlAction(data)

                return sms_action_true_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlAction | None | Unset, data)

        sms_action_true = _parse_sms_action_true(d.pop("sms_action_true", UNSET))

        def _parse_voice_action_false(data: object) -> AccessControlAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_action_false_type_0 = AccessControlAction(data)

                return voice_action_false_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlAction | None | Unset, data)

        voice_action_false = _parse_voice_action_false(d.pop("voice_action_false", UNSET))

        def _parse_voice_action_true(data: object) -> AccessControlAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_action_true_type_0 = AccessControlAction(data)

                return voice_action_true_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlAction | None | Unset, data)

        voice_action_true = _parse_voice_action_true(d.pop("voice_action_true", UNSET))

        access_control_list_input = cls(
            access_control_rules=access_control_rules,
            direction=direction,
            sms_action_false=sms_action_false,
            sms_action_true=sms_action_true,
            voice_action_false=voice_action_false,
            voice_action_true=voice_action_true,
        )

        access_control_list_input.additional_properties = d
        return access_control_list_input

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
