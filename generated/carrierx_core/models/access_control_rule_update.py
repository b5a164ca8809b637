from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_control_rule_field import AccessControlRuleField
from ..models.access_control_rule_operation import AccessControlRuleOperation
from ..models.access_control_rule_quantifier import AccessControlRuleQuantifier
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessControlRuleUpdate")


@_attrs_define
class AccessControlRuleUpdate:
    """Access control rule fields to change (PATCH).

    Attributes:
        entries (list[str] | Unset):
        field (AccessControlRuleField | Unset): The call or message field a rule checks.
        name (str | Unset):
        operation (AccessControlRuleOperation | Unset): How the entries are compared with the field value.
        quantifier (AccessControlRuleQuantifier | Unset): How many entries must match for the rule to apply.
    """

    entries: list[str] | Unset = UNSET
    field: AccessControlRuleField | Unset = UNSET
    name: str | Unset = UNSET
    operation: AccessControlRuleOperation | Unset = UNSET
    quantifier: AccessControlRuleQuantifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries: list[str] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = self.entries

        field: str | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.value

        name = self.name

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        quantifier: str | Unset = UNSET
        if not isinstance(self.quantifier, Unset):
            quantifier = self.quantifier.value

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entries = cast(list[str], d.pop("entries", UNSET))

        _field = d.pop("field", UNSET)
        field: AccessControlRuleField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = AccessControlRuleField(_field)

        name = d.pop("name", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: AccessControlRuleOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = AccessControlRuleOperation(_operation)

        _quantifier = d.pop("quantifier", UNSET)
        quantifier: AccessControlRuleQuantifier | Unset
        if isinstance(_quantifier, Unset):
            quantifier = UNSET
        else:
            quantifier = AccessControlRuleQuantifier(_quantifier)

        access_control_rule_update = cls(
            entries=entries,
            field=field,
            name=name,
            operation=operation,
            quantifier=quantifier,
        )

        access_control_rule_update.additional_properties = d
        return access_control_rule_update

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
