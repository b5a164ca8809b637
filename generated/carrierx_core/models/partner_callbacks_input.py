"""PartnerCallbacksInput: Callback URLs by event type, as sent in a request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("app_conference_call", "app_conference_call", str),
    ("app_conference_meeting", "app_conference_meeting", str),
    ("app_mediator", "app_mediator", str),
    ("phonenumber_messaging_update", "phonenumber_messaging_update", str),
    ("phonenumber_order", "phonenumber_order", str),
    ("sms", "sms", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PartnerCallbacksInput:
    """Callback URLs by event type, as sent in a request.

    Attributes:
        app_conference_call: app_conference_call
        app_conference_meeting: app_conference_meeting
        app_mediator: app_mediator
        phonenumber_messaging_update: phonenumber_messaging_update
        phonenumber_order: phonenumber_order
        sms: sms
    """

    app_conference_call: str | None
    app_conference_meeting: str | None
    app_mediator: str | None
    phonenumber_messaging_update: str | None
    phonenumber_order: str | None
    sms: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        app_conference_call: str | None | Unset = UNSET,
        app_conference_meeting: str | None | Unset = UNSET,
        app_mediator: str | None | Unset = UNSET,
        phonenumber_messaging_update: str | None | Unset = UNSET,
        phonenumber_order: str | None | Unset = UNSET,
        sms: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.app_conference_call = rt.given(self, "app_conference_call", app_conference_call)
        self.app_conference_meeting = rt.given(self, "app_conference_meeting", app_conference_meeting)
        self.app_mediator = rt.given(self, "app_mediator", app_mediator)
        self.phonenumber_messaging_update = rt.given(self, "phonenumber_messaging_update", phonenumber_messaging_update)
        self.phonenumber_order = rt.given(self, "phonenumber_order", phonenumber_order)
        self.sms = rt.given(self, "sms", sms)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PartnerCallbacksInputFieldName = Literal[
    "app_conference_call",
    "app_conference_meeting",
    "app_mediator",
    "phonenumber_messaging_update",
    "phonenumber_order",
    "sms",
]
"""The names of `PartnerCallbacksInput`'s fields, for typed filters, orders and field lists."""


class PartnerCallbacksInputParams(TypedDict, total=False):
    app_conference_call: str | None
    app_conference_meeting: str | None
    app_mediator: str | None
    phonenumber_messaging_update: str | None
    phonenumber_order: str | None
    sms: str | None
