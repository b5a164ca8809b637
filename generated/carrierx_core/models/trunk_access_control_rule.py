from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_acl_rule_operation import TrunkAclRuleOperation
from ..models.trunk_acl_rule_quantifier import TrunkAclRuleQuantifier
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrunkAccessControlRule")


@_attrs_define
class TrunkAccessControlRule:
    """One rule of an access control list attached to a trunk group or trunk.

    Attributes:
        entries (list[str] | None | Unset): Values the rule compares against.
        field (None | str | Unset): The call field the rule checks (for example `calling` or `called`).
        name (None | str | Unset): Rule name (`N/A` when none was given).
        operation (None | TrunkAclRuleOperation | Unset):
        quantifier (None | TrunkAclRuleQuantifier | Unset):
        read_only (bool | None | Unset): True for rules inherited from the parent partner.
        rule_sid (None | str | Unset): Secure ID of the rule.
    """

    entries: list[str] | None | Unset = UNSET
    field: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    operation: None | TrunkAclRuleOperation | Unset = UNSET
    quantifier: None | TrunkAclRuleQuantifier | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    rule_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries: list[str] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = self.entries

        else:
            entries = self.entries

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, TrunkAclRuleOperation):
            operation = self.operation.value
        else:
            operation = self.operation

        quantifier: None | str | Unset
        if isinstance(self.quantifier, Unset):
            quantifier = UNSET
        elif isinstance(self.quantifier, TrunkAclRuleQuantifier):
            quantifier = self.quantifier.value
        else:
            quantifier = self.quantifier

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        rule_sid: None | str | Unset
        if isinstance(self.rule_sid, Unset):
            rule_sid = UNSET
        else:
            rule_sid = self.rule_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entries is not UNSET:
            field_dict["entries"] = entries
        if field is not UNSET:
            field_dict["field"] = field
        if name is not UNSET:
            field_dict["name"] = name
        if operation is not UNSET:
            field_dict["operation"] = operation
        if quantifier is not UNSET:
            field_dict["quantifier"] = quantifier
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if rule_sid is not UNSET:
            field_dict["rule_sid"] = rule_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_entries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = cast(list[str], data)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entries = _parse_entries(d.pop("entries", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_operation(data: object) -> None | TrunkAclRuleOperation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_0 = TrunkAclRuleOperation(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkAclRuleOperation | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        def _parse_quantifier(data: object) -> None | TrunkAclRuleQuantifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantifier_type_0 = TrunkAclRuleQuantifier(data)

                return quantifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkAclRuleQuantifier | Unset, data)

        quantifier = _parse_quantifier(d.pop("quantifier", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(d.pop("read_only", UNSET))

        def _parse_rule_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_sid = _parse_rule_sid(d.pop("rule_sid", UNSET))

        trunk_access_control_rule = cls(
            entries=entries,
            field=field,
            name=name,
            operation=operation,
            quantifier=quantifier,
            read_only=read_only,
            rule_sid=rule_sid,
        )

        trunk_access_control_rule.additional_properties = d
        return trunk_access_control_rule

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
