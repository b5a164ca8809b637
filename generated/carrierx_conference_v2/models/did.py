"""Did: A phone number routed to the conference endpoint."""

from __future__ import annotations

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
    ("country_code", "country_code", str),
    ("did_group_sid", "did_group_sid", str),
    ("did_sid", "did_sid", str),
    ("in_country_format", "in_country_format", str),
    ("international_format", "international_format", str),
    ("phonenumber", "phonenumber", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Did:
    """A phone number routed to the conference endpoint.

    Attributes:
        account_sid: SID of the account.
        properties: Call flow properties overridden at DID level.
        call_flow_sid: SID of the call flow used for this DID.
        country_code: ISO 3166-1 alpha-3 country code, set automatically.
        did_group_sid: SID of the DID group of this DID.
        did_sid: DID SID.
        in_country_format: The number in national format.
        international_format: The number in international format.
        phonenumber: The phone number (E.164 digits, sample without `+`).
    """

    account_sid: str | None
    properties: CallFlowProperties | None
    call_flow_sid: str | None
    country_code: str | None
    did_group_sid: str | None
    did_sid: str | None
    in_country_format: str | None
    international_format: str | None
    phonenumber: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        account_sid: str | None | Unset = UNSET,
        properties: CallFlowProperties | None | Unset = UNSET,
        call_flow_sid: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        did_sid: str | None | Unset = UNSET,
        in_country_format: str | None | Unset = UNSET,
        international_format: str | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.account_sid = rt.given(self, "account_sid", account_sid)
        self.properties = rt.given(self, "properties", properties)
        self.call_flow_sid = rt.given(self, "call_flow_sid", call_flow_sid)
        self.country_code = rt.given(self, "country_code", country_code)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.did_sid = rt.given(self, "did_sid", did_sid)
        self.in_country_format = rt.given(self, "in_country_format", in_country_format)
        self.international_format = rt.given(self, "international_format", international_format)
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidFieldName = Literal[
    "account_sid",
    "properties",
    "call_flow_sid",
    "country_code",
    "did_group_sid",
    "did_sid",
    "in_country_format",
    "international_format",
    "phonenumber",
]
"""The names of `Did`'s fields, for typed filters, orders and field lists."""
