from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_control_action import AccessControlAction
from ..models.access_control_list_direction import AccessControlListDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessControlList")


@_attrs_define
class AccessControlList:
    """A set of access control rules with the actions taken when they match or not.

    Attributes:
        access_control_rules (list[str] | None | Unset): Secure IDs of the rules in this list.
        direction (AccessControlListDirection | None | Unset):
        sms_action_false (AccessControlAction | None | Unset): Action for messages when no rule matches.
        sms_action_true (AccessControlAction | None | Unset): Action for messages when a rule matches.
        voice_action_false (AccessControlAction | None | Unset): Action for calls when no rule matches.
        voice_action_true (AccessControlAction | None | Unset): Action for calls when a rule matches.
    """

    access_control_rules: list[str] | None | Unset = UNSET
    direction: AccessControlListDirection | None | Unset = UNSET
    sms_action_false: AccessControlAction | None | Unset = UNSET
    sms_action_true: AccessControlAction | None | Unset = UNSET
    voice_action_false: AccessControlAction | None | Unset = UNSET
    voice_action_true: AccessControlAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_control_rules: list[str] | None | Unset
        if isinstance(self.access_control_rules, Unset):
            access_control_rules = UNSET
        elif isinstance(self.access_control_rules, list):
            access_control_rules = self.access_control_rules

        else:
            access_control_rules = self.access_control_rules

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, AccessControlListDirection):
            direction = self.direction.value
        else:
            direction = self.direction

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

        def _parse_access_control_rules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_control_rules_type_0 = cast(list[str], data)

                return access_control_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_control_rules = _parse_access_control_rules(d.pop("access_control_rules", UNSET))

        def _parse_direction(data: object) -> AccessControlListDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = AccessControlListDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlListDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

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

        access_control_list = cls(
            access_control_rules=access_control_rules,
            direction=direction,
            sms_action_false=sms_action_false,
            sms_action_true=sms_action_true,
            voice_action_false=voice_action_false,
            voice_action_true=voice_action_true,
        )

        access_control_list.additional_properties = d
        return access_control_list

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
