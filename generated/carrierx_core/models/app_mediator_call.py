"""AppMediatorCall: The detail record of one call through a Mediator endpoint (App DR Mediator)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .app_mediator_call_attributes import AppMediatorCallAttributes

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.app_mediator_call_attributes", "AppMediatorCallAttributes"),
    ),
    ("date_insert", "date_insert", rt.DATETIME),
    ("date_start", "date_start", rt.DATETIME),
    ("date_stop", "date_stop", rt.DATETIME),
    ("date_talk", "date_talk", rt.DATETIME),
    ("direction", "direction", str),
    ("dr_sid", "dr_sid", str),
    ("dtmf", "dtmf", str),
    ("duration", "duration", str),
    ("endpoint_sid", "endpoint_sid", str),
    ("endpoint_type", "endpoint_type", str),
    ("event_type", "event_type", str),
    ("number_dst", "number_dst", str),
    ("number_redirect", "number_redirect", str),
    ("number_src", "number_src", str),
    ("partner_sid", "partner_sid", str),
    ("reference_sid", "reference_sid", str),
    ("type_", "type", str),
    ("version", "version", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AppMediatorCall:
    """The detail record of one call through a Mediator endpoint (App DR Mediator).

    Attributes:
        attributes: attributes
        date_insert: date_insert
        date_start: date_start
        date_stop: date_stop
        date_talk: date_talk
        direction: Call direction (sample `outbound`).
        dr_sid: Secure ID of the record.
        dtmf: DTMF digits sent during the call.
        duration: Call length in seconds.
        endpoint_sid: endpoint_sid
        endpoint_type: Endpoint type (sample `mediator`).
        event_type: Mediator event type (sample `dialout`).
        number_dst: number_dst
        number_redirect: number_redirect
        number_src: number_src
        partner_sid: partner_sid
        reference_sid: Secure ID of the binding or dialout.
        type_: Record type (sample `mediator`).
        version: Version of the record at its source.
    """

    attributes: AppMediatorCallAttributes | None
    date_insert: datetime.datetime | None
    date_start: datetime.datetime | None
    date_stop: datetime.datetime | None
    date_talk: datetime.datetime | None
    direction: str | None
    dr_sid: str | None
    dtmf: str | None
    duration: str | None
    endpoint_sid: str | None
    endpoint_type: str | None
    event_type: str | None
    number_dst: str | None
    number_redirect: str | None
    number_src: str | None
    partner_sid: str | None
    reference_sid: str | None
    type_: str | None
    version: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: AppMediatorCallAttributes | None | Unset = UNSET,
        date_insert: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        date_stop: datetime.datetime | None | Unset = UNSET,
        date_talk: datetime.datetime | None | Unset = UNSET,
        direction: str | None | Unset = UNSET,
        dr_sid: str | None | Unset = UNSET,
        dtmf: str | None | Unset = UNSET,
        duration: str | None | Unset = UNSET,
        endpoint_sid: str | None | Unset = UNSET,
        endpoint_type: str | None | Unset = UNSET,
        event_type: str | None | Unset = UNSET,
        number_dst: str | None | Unset = UNSET,
        number_redirect: str | None | Unset = UNSET,
        number_src: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        reference_sid: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.date_insert = rt.given(self, "date_insert", date_insert)
        self.date_start = rt.given(self, "date_start", date_start)
        self.date_stop = rt.given(self, "date_stop", date_stop)
        self.date_talk = rt.given(self, "date_talk", date_talk)
        self.direction = rt.given(self, "direction", direction)
        self.dr_sid = rt.given(self, "dr_sid", dr_sid)
        self.dtmf = rt.given(self, "dtmf", dtmf)
        self.duration = rt.given(self, "duration", duration)
        self.endpoint_sid = rt.given(self, "endpoint_sid", endpoint_sid)
        self.endpoint_type = rt.given(self, "endpoint_type", endpoint_type)
        self.event_type = rt.given(self, "event_type", event_type)
        self.number_dst = rt.given(self, "number_dst", number_dst)
        self.number_redirect = rt.given(self, "number_redirect", number_redirect)
        self.number_src = rt.given(self, "number_src", number_src)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.reference_sid = rt.given(self, "reference_sid", reference_sid)
        self.type_ = rt.given(self, "type", type_)
        self.version = rt.given(self, "version", version)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AppMediatorCallFieldName = Literal[
    "attributes",
    "date_insert",
    "date_start",
    "date_stop",
    "date_talk",
    "direction",
    "dr_sid",
    "dtmf",
    "duration",
    "endpoint_sid",
    "endpoint_type",
    "event_type",
    "number_dst",
    "number_redirect",
    "number_src",
    "partner_sid",
    "reference_sid",
    "type",
    "version",
]
"""The names of `AppMediatorCall`'s fields, for typed filters, orders and field lists."""
