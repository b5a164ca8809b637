"""AccessControlRuleCreate: Fields for a new access control rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

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
    ("operation", "operation", rt.enum_reader(AccessControlRuleOperation)),
    ("quantifier", "quantifier", rt.enum_reader(AccessControlRuleQuantifier)),
    ("name", "name", str),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "entries",
        "field",
        "operation",
        "quantifier",
    ),
    True,
)


@_attrs_define(init=False)
class AccessControlRuleCreate:
    """Fields for a new access control rule.

    Attributes:
        entries: entries
        field: The call or message field a rule checks.
        operation: How the entries are compared with the field value.
        quantifier: How many entries must match for the rule to apply.
        name: name
    """

    entries: list[str] | None
    field: AccessControlRuleField | None
    operation: AccessControlRuleOperation | None
    quantifier: AccessControlRuleQuantifier | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        entries: list[str],
        field: AccessControlRuleField,
        operation: AccessControlRuleOperation,
        quantifier: AccessControlRuleQuantifier,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.entries = rt.given(self, "entries", entries)
        self.field = rt.given(self, "field", field)
        self.operation = rt.given(self, "operation", operation)
        self.quantifier = rt.given(self, "quantifier", quantifier)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AccessControlRuleCreateFieldName = Literal[
    "entries",
    "field",
    "operation",
    "quantifier",
    "name",
]
"""The names of `AccessControlRuleCreate`'s fields, for typed filters, orders and field lists."""


class AccessControlRuleCreateParams(TypedDict, total=False):
    entries: Required[list[str]]
    field: Required[AccessControlRuleField | str]
    operation: Required[AccessControlRuleOperation | str]
    quantifier: Required[AccessControlRuleQuantifier | str]
    name: str | None
