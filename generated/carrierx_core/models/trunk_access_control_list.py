"""TrunkAccessControlList: An access control list attached to a trunk group or trunk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .trunk_access_control_rule import TrunkAccessControlRule, TrunkAccessControlRuleParams

_KEYS = (
    ("access_control_rules", "access_control_rules"),
    ("direction", "direction"),
    ("sms_action_false", "sms_action_false"),
    ("sms_action_true", "sms_action_true"),
    ("voice_action_false", "voice_action_false"),
    ("voice_action_true", "voice_action_true"),
)
_REQUIRED: tuple[str, ...] = ()
_READ_ACCESS_CONTROL_RULES = rt.list_reader(
    rt.model_reader("carrierx_core.models.trunk_access_control_rule", "TrunkAccessControlRule")
)


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
        data = dict(src)
        self = cls.__new__(cls)
        self.access_control_rules = rt.read_field(cls, data, "access_control_rules", _READ_ACCESS_CONTROL_RULES, strict)
        self.direction = rt.read_field(cls, data, "direction", rt.STR, strict)
        self.sms_action_false = rt.read_field(cls, data, "sms_action_false", rt.STR, strict)
        self.sms_action_true = rt.read_field(cls, data, "sms_action_true", rt.STR, strict)
        self.voice_action_false = rt.read_field(cls, data, "voice_action_false", rt.STR, strict)
        self.voice_action_true = rt.read_field(cls, data, "voice_action_true", rt.STR, strict)
        rt.finish_model(self, data, src, strict, _REQUIRED, True)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _KEYS)


class TrunkAccessControlListParams(TypedDict, total=False):
    access_control_rules: list[TrunkAccessControlRule | TrunkAccessControlRuleParams] | None
    direction: str | None
    sms_action_false: str | None
    sms_action_true: str | None
    voice_action_false: str | None
    voice_action_true: str | None
