"""AccessControlList: A set of access control rules with the actions taken when they match or not."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .access_control_action import AccessControlAction
from .access_control_list_direction import AccessControlListDirection

_FIELDS: tuple[rt.Field, ...] = (
    ("access_control_rules", "access_control_rules", rt.list_reader(rt.STR)),
    ("direction", "direction", rt.enum_reader(AccessControlListDirection)),
    ("sms_action_false", "sms_action_false", rt.enum_reader(AccessControlAction)),
    ("sms_action_true", "sms_action_true", rt.enum_reader(AccessControlAction)),
    ("voice_action_false", "voice_action_false", rt.enum_reader(AccessControlAction)),
    ("voice_action_true", "voice_action_true", rt.enum_reader(AccessControlAction)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AccessControlList:
    """A set of access control rules with the actions taken when they match or not.

    Attributes:
        access_control_rules: Secure IDs of the rules in this list.
        direction: direction
        sms_action_false: Action for messages when no rule matches.
        sms_action_true: Action for messages when a rule matches.
        voice_action_false: Action for calls when no rule matches.
        voice_action_true: Action for calls when a rule matches.
    """

    access_control_rules: list[str] | None
    direction: AccessControlListDirection | None
    sms_action_false: AccessControlAction | None
    sms_action_true: AccessControlAction | None
    voice_action_false: AccessControlAction | None
    voice_action_true: AccessControlAction | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        access_control_rules: list[str] | None | Unset = UNSET,
        direction: AccessControlListDirection | None | Unset = UNSET,
        sms_action_false: AccessControlAction | None | Unset = UNSET,
        sms_action_true: AccessControlAction | None | Unset = UNSET,
        voice_action_false: AccessControlAction | None | Unset = UNSET,
        voice_action_true: AccessControlAction | None | Unset = UNSET,
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


AccessControlListFieldName = Literal[
    "access_control_rules",
    "direction",
    "sms_action_false",
    "sms_action_true",
    "voice_action_false",
    "voice_action_true",
]
"""The names of `AccessControlList`'s fields, for typed filters, orders and field lists."""
