"""PushDeviceUpdate: Device fields to change (PATCH); send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .push_device_environment import PushDeviceEnvironment
from .push_device_type import PushDeviceType

_FIELDS: tuple[rt.Field, ...] = (
    ("application_sid", "application_sid", str),
    ("application_version", "application_version", str),
    ("environment", "environment", rt.enum_reader(PushDeviceEnvironment)),
    ("os_version", "os_version", str),
    ("token", "token", str),
    ("type_", "type", rt.enum_reader(PushDeviceType)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PushDeviceUpdate:
    """Device fields to change (PATCH); send only what changes.

    Attributes:
        application_sid: SID of the application installed on the device.
        application_version: Internal version of the application.
        environment: Apple push environment a device uses (production unless set otherwise).
        os_version: Operating system version.
        token: Push token issued by Google or Apple.
        type_: Operating system of a push device.
    """

    application_sid: str | None
    application_version: str | None
    environment: PushDeviceEnvironment | None
    os_version: str | None
    token: str | None
    type_: PushDeviceType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        application_sid: str | None | Unset = UNSET,
        application_version: str | None | Unset = UNSET,
        environment: PushDeviceEnvironment | None | Unset = UNSET,
        os_version: str | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        type_: PushDeviceType | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.application_sid = rt.given(self, "application_sid", application_sid)
        self.application_version = rt.given(self, "application_version", application_version)
        self.environment = rt.given(self, "environment", environment)
        self.os_version = rt.given(self, "os_version", os_version)
        self.token = rt.given(self, "token", token)
        self.type_ = rt.given(self, "type", type_)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PushDeviceUpdateFieldName = Literal[
    "application_sid",
    "application_version",
    "environment",
    "os_version",
    "token",
    "type",
]
"""The names of `PushDeviceUpdate`'s fields, for typed filters, orders and field lists."""


class PushDeviceUpdateParams(TypedDict, total=False):
    application_sid: str | None
    application_version: str | None
    environment: PushDeviceEnvironment | str | None
    os_version: str | None
    token: str | None
    type: PushDeviceType | str | None
