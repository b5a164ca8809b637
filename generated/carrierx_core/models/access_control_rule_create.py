from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_control_rule_field import AccessControlRuleField
from ..models.access_control_rule_operation import AccessControlRuleOperation
from ..models.access_control_rule_quantifier import AccessControlRuleQuantifier
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessControlRuleCreate")


@_attrs_define
class AccessControlRuleCreate:
    """Fields for a new access control rule.

    Attributes:
        entries (list[str]):
        field (AccessControlRuleField): The call or message field a rule checks.
        operation (AccessControlRuleOperation): How the entries are compared with the field value.
        quantifier (AccessControlRuleQuantifier): How many entries must match for the rule to apply.
        name (str | Unset):  Default: 'N/A'.
    """

    entries: list[str]
    field: AccessControlRuleField
    operation: AccessControlRuleOperation
    quantifier: AccessControlRuleQuantifier
    name: str | Unset = "N/A"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = self.entries

        field = self.field.value

        operation = self.operation.value

        quantifier = self.quantifier.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "field": field,
                "operation": operation,
                "quantifier": quantifier,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entries = cast(list[str], d.pop("entries"))

        field = AccessControlRuleField(d.pop("field"))

        operation = AccessControlRuleOperation(d.pop("operation"))

        quantifier = AccessControlRuleQuantifier(d.pop("quantifier"))

        name = d.pop("name", UNSET)

        access_control_rule_create = cls(
            entries=entries,
            field=field,
            operation=operation,
            quantifier=quantifier,
            name=name,
        )

        access_control_rule_create.additional_properties = d
        return access_control_rule_create

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
