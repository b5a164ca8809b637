"""PushApplication: An application that push notifications are sent for."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .push_application_partner import PushApplicationPartner

_FIELDS: tuple[rt.Field, ...] = (
    ("apns_id", "apns_id", str),
    ("apns_key_id", "apns_key_id", str),
    ("apns_p8", "apns_p8", str),
    ("apns_p12", "apns_p12", str),
    ("apns_p12_expiration", "apns_p12_expiration", rt.DATETIME),
    ("apns_p12_password", "apns_p12_password", str),
    ("apns_team_id", "apns_team_id", str),
    ("apns_topic", "apns_topic", str),
    ("application_sid", "application_sid", str),
    ("google_credentials", "google_credentials", str),
    ("name", "name", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.push_application_partner", "PushApplicationPartner")),
    ("partner_sid", "partner_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PushApplication:
    """An application that push notifications are sent for.

    Attributes:
        apns_id: Apple push application ID.
        apns_key_id: Key ID of the Apple token-based authentication key.
        apns_p8: Contents of the Apple .p8 signing key, line breaks written as \n.
        apns_p12: Apple push P12 certificate, Base64-encoded.
        apns_p12_expiration: When the P12 certificate expires.
        apns_p12_password: Passphrase of the P12 certificate.
        apns_team_id: Apple developer team ID.
        apns_topic: Default Apple push topic of the application.
        application_sid: Application SID.
        google_credentials: Google service-account credentials JSON, Base64-encoded.
        name: Application name.
        partner: partner
        partner_sid: SID of the owning partner.
    """

    apns_id: str | None
    apns_key_id: str | None
    apns_p8: str | None
    apns_p12: str | None
    apns_p12_expiration: datetime.datetime | None
    apns_p12_password: str | None
    apns_team_id: str | None
    apns_topic: str | None
    application_sid: str | None
    google_credentials: str | None
    name: str | None
    partner: PushApplicationPartner | None
    partner_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        apns_id: str | None | Unset = UNSET,
        apns_key_id: str | None | Unset = UNSET,
        apns_p8: str | None | Unset = UNSET,
        apns_p12: str | None | Unset = UNSET,
        apns_p12_expiration: datetime.datetime | None | Unset = UNSET,
        apns_p12_password: str | None | Unset = UNSET,
        apns_team_id: str | None | Unset = UNSET,
        apns_topic: str | None | Unset = UNSET,
        application_sid: str | None | Unset = UNSET,
        google_credentials: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner: PushApplicationPartner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.apns_id = rt.given(self, "apns_id", apns_id)
        self.apns_key_id = rt.given(self, "apns_key_id", apns_key_id)
        self.apns_p8 = rt.given(self, "apns_p8", apns_p8)
        self.apns_p12 = rt.given(self, "apns_p12", apns_p12)
        self.apns_p12_expiration = rt.given(self, "apns_p12_expiration", apns_p12_expiration)
        self.apns_p12_password = rt.given(self, "apns_p12_password", apns_p12_password)
        self.apns_team_id = rt.given(self, "apns_team_id", apns_team_id)
        self.apns_topic = rt.given(self, "apns_topic", apns_topic)
        self.application_sid = rt.given(self, "application_sid", application_sid)
        self.google_credentials = rt.given(self, "google_credentials", google_credentials)
        self.name = rt.given(self, "name", name)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PushApplicationFieldName = Literal[
    "apns_id",
    "apns_key_id",
    "apns_p8",
    "apns_p12",
    "apns_p12_expiration",
    "apns_p12_password",
    "apns_team_id",
    "apns_topic",
    "application_sid",
    "google_credentials",
    "name",
    "partner",
    "partner_sid",
]
"""The names of `PushApplication`'s fields, for typed filters, orders and field lists."""
