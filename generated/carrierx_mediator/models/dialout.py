"""Dialout: A two-stage call: the redirect DID calls the first number, then the second, and bridges them. It is
removed once the call is set up."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .dialout_attributes import DialoutAttributes

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    ("attributes", "attributes", rt.model_reader("carrierx_mediator.models.dialout_attributes", "DialoutAttributes")),
    ("date_created", "date_created", rt.DATETIME),
    ("delay", "delay", int),
    ("dialout_sid", "dialout_sid", str),
    ("redirect_did", "redirect_did", str),
    ("stage_one_destination_did", "stage_one_destination_did", str),
    ("stage_two_destination_did", "stage_two_destination_did", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Dialout:
    """A two-stage call: the redirect DID calls the first number, then the second, and bridges them. It
    is removed once the call is set up.

    Attributes:
        account_sid: Account SID.
        attributes: Built-in and custom options of the dialout.
        date_created: When the dialout was created.
        delay: Seconds to wait before dialling (default 0).
        dialout_sid: Dialout SID.
        redirect_did: DID of the endpoint that places both calls.
        stage_one_destination_did: Number called first.
        stage_two_destination_did: Number called once the first answers.
    """

    account_sid: str | None
    attributes: DialoutAttributes | None
    date_created: datetime.datetime | None
    delay: int | None
    dialout_sid: str | None
    redirect_did: str | None
    stage_one_destination_did: str | None
    stage_two_destination_did: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        attributes: DialoutAttributes | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        delay: int | None | Unset = UNSET,
        dialout_sid: str | None | Unset = UNSET,
        redirect_did: str | None | Unset = UNSET,
        stage_one_destination_did: str | None | Unset = UNSET,
        stage_two_destination_did: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.attributes = rt.given(self, "attributes", attributes)
        self.date_created = rt.given(self, "date_created", date_created)
        self.delay = rt.given(self, "delay", delay)
        self.dialout_sid = rt.given(self, "dialout_sid", dialout_sid)
        self.redirect_did = rt.given(self, "redirect_did", redirect_did)
        self.stage_one_destination_did = rt.given(self, "stage_one_destination_did", stage_one_destination_did)
        self.stage_two_destination_did = rt.given(self, "stage_two_destination_did", stage_two_destination_did)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DialoutFieldName = Literal[
    "account_sid",
    "attributes",
    "date_created",
    "delay",
    "dialout_sid",
    "redirect_did",
    "stage_one_destination_did",
    "stage_two_destination_did",
]
"""The names of `Dialout`'s fields, for typed filters, orders and field lists."""
