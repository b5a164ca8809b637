"""TrunkAccessControlList: An access control list attached to a trunk group or trunk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .trunk_access_control_rule import TrunkAccessControlRule, TrunkAccessControlRuleParams

_FIELDS: tuple[rt.Field, ...] = (
    (
        "access_control_rules",
        "access_control_rules",
        rt.list_reader(rt.model_reader("carrierx_core.models.trunk_access_control_rule", "TrunkAccessControlRule")),
    ),
    ("direction", "direction", str),
    ("sms_action_false", "sms_action_false", str),
    ("sms_action_true", "sms_action_true", str),
    ("voice_action_false", "voice_action_false", str),
    ("voice_action_true", "voice_action_true", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class TrunkAccessControlList:
    """An access control list attached to a trunk group or trunk.

    Attributes:
        access_control_rules: access_control_rules
        direction: Call direction the list applies to.
        sms_action_false: SMS action when the rules do not match (always null for trunk ACLs).
        sms_action_true: SMS action when the rules match (always null for trunk ACLs).
        voice_action_false: Voice action when the rules do not match (e.g. `accept`, `reject503`).
        voice_action_true: Voice action when the rules match.
    """

    access_control_rules: list[TrunkAccessControlRule] | None
    direction: str | None
    sms_action_false: str | None
    sms_action_true: str | None
    voice_action_false: str | None
    voice_action_true: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_control_rules: list[TrunkAccessControlRule] | None | Unset = UNSET,
        direction: str | None | Unset = UNSET,
        sms_action_false: str | None | Unset = UNSET,
        sms_action_true: str | None | Unset = UNSET,
        voice_action_false: str | None | Unset = UNSET,
        voice_action_true: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.access_control_rules = rt.given(self, "access_control_rules", access_control_rules)
        self.direction = rt.given(self, "direction", direction)
        self.sms_action_false = rt.given(self, "sms_action_false", sms_action_false)
        self.sms_action_true = rt.given(self, "sms_action_true", sms_action_true)
        self.voice_action_false = rt.given(self, "voice_action_false", voice_action_false)
        self.voice_action_true = rt.given(self, "voice_action_true", voice_action_true)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


TrunkAccessControlListFieldName = Literal[
    "access_control_rules",
    "direction",
    "sms_action_false",
    "sms_action_true",
    "voice_action_false",
    "voice_action_true",
]
"""The names of `TrunkAccessControlList`'s fields, for typed filters, orders and field lists."""


class TrunkAccessControlListParams(TypedDict, total=False):
    access_control_rules: list[TrunkAccessControlRule | TrunkAccessControlRuleParams] | None
    direction: str | None
    sms_action_false: str | None
    sms_action_true: str | None
    voice_action_false: str | None
    voice_action_true: str | None
