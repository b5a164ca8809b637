from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_access_control_rule import TrunkAccessControlRule


T = TypeVar("T", bound="TrunkAccessControlList")


@_attrs_define
class TrunkAccessControlList:
    """An access control list attached to a trunk group or trunk.

    Attributes:
        access_control_rules (list[TrunkAccessControlRule] | None | Unset):
        direction (None | str | Unset): Call direction the list applies to.
        sms_action_false (None | str | Unset): SMS action when the rules do not match (always null for trunk ACLs).
        sms_action_true (None | str | Unset): SMS action when the rules match (always null for trunk ACLs).
        voice_action_false (None | str | Unset): Voice action when the rules do not match (e.g. `accept`, `reject503`).
        voice_action_true (None | str | Unset): Voice action when the rules match.
    """

    access_control_rules: list[TrunkAccessControlRule] | None | Unset = UNSET
    direction: None | str | Unset = UNSET
    sms_action_false: None | str | Unset = UNSET
    sms_action_true: None | str | Unset = UNSET
    voice_action_false: None | str | Unset = UNSET
    voice_action_true: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_control_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_control_rules, Unset):
            access_control_rules = UNSET
        elif isinstance(self.access_control_rules, list):
            access_control_rules = []
            for access_control_rules_type_0_item_data in self.access_control_rules:
                access_control_rules_type_0_item = access_control_rules_type_0_item_data.to_dict()
                access_control_rules.append(access_control_rules_type_0_item)

        else:
            access_control_rules = self.access_control_rules

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        sms_action_false: None | str | Unset
        if isinstance(self.sms_action_false, Unset):
            sms_action_false = UNSET
        else:
            sms_action_false = self.sms_action_false

        sms_action_true: None | str | Unset
        if isinstance(self.sms_action_true, Unset):
            sms_action_true = UNSET
        else:
            sms_action_true = self.sms_action_true

        voice_action_false: None | str | Unset
        if isinstance(self.voice_action_false, Unset):
            voice_action_false = UNSET
        else:
            voice_action_false = self.voice_action_false

        voice_action_true: None | str | Unset
        if isinstance(self.voice_action_true, Unset):
            voice_action_true = UNSET
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
        from ..models.trunk_access_control_rule import TrunkAccessControlRule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_control_rules(data: object) -> list[TrunkAccessControlRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_control_rules_type_0 = []
                _access_control_rules_type_0 = data
                for access_control_rules_type_0_item_data in _access_control_rules_type_0:
                    access_control_rules_type_0_item = TrunkAccessControlRule.from_dict(
                        access_control_rules_type_0_item_data
                    )

                    access_control_rules_type_0.append(access_control_rules_type_0_item)

                return access_control_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkAccessControlRule] | None | Unset, data)

        access_control_rules = _parse_access_control_rules(d.pop("access_control_rules", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_sms_action_false(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_action_false = _parse_sms_action_false(d.pop("sms_action_false", UNSET))

        def _parse_sms_action_true(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_action_true = _parse_sms_action_true(d.pop("sms_action_true", UNSET))

        def _parse_voice_action_false(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_action_false = _parse_voice_action_false(d.pop("voice_action_false", UNSET))

        def _parse_voice_action_true(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_action_true = _parse_voice_action_true(d.pop("voice_action_true", UNSET))

        trunk_access_control_list = cls(
            access_control_rules=access_control_rules,
            direction=direction,
            sms_action_false=sms_action_false,
            sms_action_true=sms_action_true,
            voice_action_false=voice_action_false,
            voice_action_true=voice_action_true,
        )

        trunk_access_control_list.additional_properties = d
        return trunk_access_control_list

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
