"""AccessControlRuleUpdate: Access control rule fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .access_control_rule_field import AccessControlRuleField
from .access_control_rule_operation import AccessControlRuleOperation
from .access_control_rule_quantifier import AccessControlRuleQuantifier

_FIELDS: tuple[rt.Field, ...] = (
    ("entries", "entries", rt.list_reader(rt.STR)),
    ("field", "field", rt.enum_reader(AccessControlRuleField)),
    ("name", "name", str),
    ("operation", "operation", rt.enum_reader(AccessControlRuleOperation)),
    ("quantifier", "quantifier", rt.enum_reader(AccessControlRuleQuantifier)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AccessControlRuleUpdate:
    """Access control rule fields to change (PATCH).

    Attributes:
        entries: entries
        field: The call or message field a rule checks.
        name: name
        operation: How the entries are compared with the field value.
        quantifier: How many entries must match for the rule to apply.
    """

    entries: list[str] | None
    field: AccessControlRuleField | None
    name: str | None
    operation: AccessControlRuleOperation | None
    quantifier: AccessControlRuleQuantifier | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        entries: list[str] | None | Unset = UNSET,
        field: AccessControlRuleField | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        operation: AccessControlRuleOperation | None | Unset = UNSET,
        quantifier: AccessControlRuleQuantifier | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.entries = rt.given(self, "entries", entries)
        self.field = rt.given(self, "field", field)
        self.name = rt.given(self, "name", name)
        self.operation = rt.given(self, "operation", operation)
        self.quantifier = rt.given(self, "quantifier", quantifier)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AccessControlRuleUpdateFieldName = Literal[
    "entries",
    "field",
    "name",
    "operation",
    "quantifier",
]
"""The names of `AccessControlRuleUpdate`'s fields, for typed filters, orders and field lists."""


class AccessControlRuleUpdateParams(TypedDict, total=False):
    entries: list[str] | None
    field: AccessControlRuleField | str | None
    name: str | None
    operation: AccessControlRuleOperation | str | None
    quantifier: AccessControlRuleQuantifier | str | None
