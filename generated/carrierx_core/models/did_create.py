"""DidCreate: What may be sent to rent a DID. Every field is optional; an empty object rents the first available
number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .did_status import DidStatus

if TYPE_CHECKING:
    from .phonenumber_attributes import PhonenumberAttributes
    from .phonenumber_transformation import PhonenumberTransformation

_FIELDS: tuple[rt.Field, ...] = (
    ("phonenumber", "phonenumber", str),
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("did_group_sid", "did_group_sid", str),
    ("name", "name", str),
    ("porting_pin", "porting_pin", str),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.phonenumber_transformation", "PhonenumberTransformation")),
    ),
    ("trunk_group_sid", "trunk_group_sid", str),
    ("lrn_sid", "lrn_sid", str),
    ("ocn", "ocn", str),
    ("partner_sid", "partner_sid", str),
    ("price", "price", str),
    ("state", "state", str),
    ("status", "status", rt.enum_reader(DidStatus)),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidCreate:
    """What may be sent to rent a DID. Every field is optional; an empty object rents the first
    available number.

    Attributes:
        phonenumber: The specific number to rent.
        attributes: Free-form custom attributes (string keys) stored with a phone number object.
        callback_url: callback_url
        did_group_sid: did_group_sid
        name: name
        porting_pin: porting_pin
        string_key_1: string_key_1
        string_key_2: string_key_2
        transformations: transformations
        trunk_group_sid: trunk_group_sid
        lrn_sid: The Location Routing Number assigned to the number.
        ocn: Operating Company Number of the number's carrier.
        partner_sid: The partner renting the number (`null` while available).
        price: Monthly price of the number.
        state: Two-letter state of the number.
        status: Where a phone number is in its life cycle.
    """

    phonenumber: str | None
    attributes: PhonenumberAttributes | None
    callback_url: str | None
    did_group_sid: str | None
    name: str | None
    porting_pin: str | None
    string_key_1: str | None
    string_key_2: str | None
    transformations: list[PhonenumberTransformation] | None
    trunk_group_sid: str | None
    lrn_sid: str | None
    ocn: str | None
    partner_sid: str | None
    price: str | None
    state: str | None
    status: DidStatus | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        phonenumber: str | None | Unset = UNSET,
        attributes: PhonenumberAttributes | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        porting_pin: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        transformations: list[PhonenumberTransformation] | None | Unset = UNSET,
        trunk_group_sid: str | None | Unset = UNSET,
        lrn_sid: str | None | Unset = UNSET,
        ocn: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        status: DidStatus | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.name = rt.given(self, "name", name)
        self.porting_pin = rt.given(self, "porting_pin", porting_pin)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)
        self.transformations = rt.given(self, "transformations", transformations)
        self.trunk_group_sid = rt.given(self, "trunk_group_sid", trunk_group_sid)
        self.lrn_sid = rt.given(self, "lrn_sid", lrn_sid)
        self.ocn = rt.given(self, "ocn", ocn)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.price = rt.given(self, "price", price)
        self.state = rt.given(self, "state", state)
        self.status = rt.given(self, "status", status)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidCreateFieldName = Literal[
    "phonenumber",
    "attributes",
    "callback_url",
    "did_group_sid",
    "name",
    "porting_pin",
    "string_key_1",
    "string_key_2",
    "transformations",
    "trunk_group_sid",
    "lrn_sid",
    "ocn",
    "partner_sid",
    "price",
    "state",
    "status",
]
"""The names of `DidCreate`'s fields, for typed filters, orders and field lists."""


class DidCreateParams(TypedDict, total=False):
    phonenumber: str | None
    attributes: PhonenumberAttributes | Mapping[str, Any] | None
    callback_url: str | None
    did_group_sid: str | None
    name: str | None
    porting_pin: str | None
    string_key_1: str | None
    string_key_2: str | None
    transformations: list[PhonenumberTransformation | Mapping[str, Any]] | None
    trunk_group_sid: str | None
    lrn_sid: str | None
    ocn: str | None
    partner_sid: str | None
    price: str | None
    state: str | None
    status: DidStatus | str | None
