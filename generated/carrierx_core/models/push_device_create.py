"""PushDeviceCreate: Fields accepted when creating a device."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .push_device_environment import PushDeviceEnvironment
from .push_device_type import PushDeviceType

_FIELDS: tuple[rt.Field, ...] = (
    ("token", "token", str),
    ("type_", "type", rt.enum_reader(PushDeviceType)),
    ("application_sid", "application_sid", str),
    ("application_version", "application_version", str),
    ("environment", "environment", rt.enum_reader(PushDeviceEnvironment)),
    ("os_version", "os_version", str),
)
_LOAD = rt.model_loader(
    _FIELDS,
    (
        "token",
        "type",
    ),
    True,
)


@_attrs_define(init=False)
class PushDeviceCreate:
    """Fields accepted when creating a device.

    Attributes:
        token: Push token issued by Google or Apple.
        type_: Operating system of a push device.
        application_sid: SID of the application installed on the device.
        application_version: Internal version of the application.
        environment: Apple push environment a device uses (production unless set otherwise).
        os_version: Operating system version.
    """

    token: str | None
    type_: PushDeviceType | None
    application_sid: str | None
    application_version: str | None
    environment: PushDeviceEnvironment | None
    os_version: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        token: str,
        type_: PushDeviceType,
        application_sid: str | None | Unset = UNSET,
        application_version: str | None | Unset = UNSET,
        environment: PushDeviceEnvironment | None | Unset = UNSET,
        os_version: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.token = rt.given(self, "token", token)
        self.type_ = rt.given(self, "type", type_)
        self.application_sid = rt.given(self, "application_sid", application_sid)
        self.application_version = rt.given(self, "application_version", application_version)
        self.environment = rt.given(self, "environment", environment)
        self.os_version = rt.given(self, "os_version", os_version)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PushDeviceCreateFieldName = Literal[
    "token",
    "type",
    "application_sid",
    "application_version",
    "environment",
    "os_version",
]
"""The names of `PushDeviceCreate`'s fields, for typed filters, orders and field lists."""


class PushDeviceCreateParams(TypedDict, total=False):
    token: Required[str]
    type: Required[PushDeviceType | str]
    application_sid: str | None
    application_version: str | None
    environment: PushDeviceEnvironment | str | None
    os_version: str | None
