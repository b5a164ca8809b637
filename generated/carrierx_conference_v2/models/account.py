"""Account: The account of the Conference endpoint."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .call_flow_properties import CallFlowProperties

_FIELDS: tuple[rt.Field, ...] = (
    ("account_sid", "account_sid", str),
    (
        "properties",
        "properties",
        rt.model_reader("carrierx_conference_v2.models.call_flow_properties", "CallFlowProperties"),
    ),
    ("call_flow_sid", "call_flow_sid", str),
    ("date_created", "date_created", rt.DATETIME),
    ("login", "login", str),
    ("name", "name", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Account:
    """The account of the Conference endpoint.

    Attributes:
        account_sid: Account SID.
        properties: Call flow properties overridden at account level.
        call_flow_sid: SID of the default call flow of the account.
        date_created: When the account was created.
        login: User name used to reach this endpoint (Basic auth login).
        name: Display name of the account.
    """

    account_sid: str | None
    properties: CallFlowProperties | None
    call_flow_sid: str | None
    date_created: datetime.datetime | None
    login: str | None
    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        properties: CallFlowProperties | None | Unset = UNSET,
        call_flow_sid: str | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        login: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.properties = rt.given(self, "properties", properties)
        self.call_flow_sid = rt.given(self, "call_flow_sid", call_flow_sid)
        self.date_created = rt.given(self, "date_created", date_created)
        self.login = rt.given(self, "login", login)
        self.name = rt.given(self, "name", name)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AccountFieldName = Literal[
    "account_sid",
    "properties",
    "call_flow_sid",
    "date_created",
    "login",
    "name",
]
"""The names of `Account`'s fields, for typed filters, orders and field lists."""
