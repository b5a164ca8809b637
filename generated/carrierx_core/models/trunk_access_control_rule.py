"""TrunkAccessControlRule: One rule of an access control list attached to a trunk group or trunk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .trunk_acl_rule_operation import TrunkAclRuleOperation
from .trunk_acl_rule_quantifier import TrunkAclRuleQuantifier

_FIELDS: tuple[rt.Field, ...] = (
    ("entries", "entries", rt.list_reader(rt.STR)),
    ("field", "field", str),
    ("name", "name", str),
    ("operation", "operation", rt.enum_reader(TrunkAclRuleOperation)),
    ("quantifier", "quantifier", rt.enum_reader(TrunkAclRuleQuantifier)),
    ("read_only", "read_only", bool),
    ("rule_sid", "rule_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class TrunkAccessControlRule:
    """One rule of an access control list attached to a trunk group or trunk.

    Attributes:
        entries: Values the rule compares against.
        field: The call field the rule checks (for example `calling` or `called`).
        name: Rule name (`N/A` when none was given).
        operation: operation
        quantifier: quantifier
        read_only: True for rules inherited from the parent partner.
        rule_sid: Secure ID of the rule.
    """

    entries: list[str] | None
    field: str | None
    name: str | None
    operation: TrunkAclRuleOperation | None
    quantifier: TrunkAclRuleQuantifier | None
    read_only: bool | None
    rule_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        entries: list[str] | None | Unset = UNSET,
        field: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        operation: TrunkAclRuleOperation | None | Unset = UNSET,
        quantifier: TrunkAclRuleQuantifier | None | Unset = UNSET,
        read_only: bool | None | Unset = UNSET,
        rule_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.entries = rt.given(self, "entries", entries)
        self.field = rt.given(self, "field", field)
        self.name = rt.given(self, "name", name)
        self.operation = rt.given(self, "operation", operation)
        self.quantifier = rt.given(self, "quantifier", quantifier)
        self.read_only = rt.given(self, "read_only", read_only)
        self.rule_sid = rt.given(self, "rule_sid", rule_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


TrunkAccessControlRuleFieldName = Literal[
    "entries",
    "field",
    "name",
    "operation",
    "quantifier",
    "read_only",
    "rule_sid",
]
"""The names of `TrunkAccessControlRule`'s fields, for typed filters, orders and field lists."""


class TrunkAccessControlRuleParams(TypedDict, total=False):
    entries: list[str] | None
    field: str | None
    name: str | None
    operation: TrunkAclRuleOperation | str | None
    quantifier: TrunkAclRuleQuantifier | str | None
    read_only: bool | None
    rule_sid: str | None
