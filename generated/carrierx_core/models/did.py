"""Did: A phone number (DID) rented by, or rentable to, a partner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .did_status import DidStatus

if TYPE_CHECKING:
    from .partner import Partner
    from .phonenumber_attributes import PhonenumberAttributes
    from .phonenumber_transformation import PhonenumberTransformation

_FIELDS: tuple[rt.Field, ...] = (
    ("active_capabilities", "active_capabilities", int),
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("campaign_sid", "campaign_sid", str),
    ("capabilities", "capabilities", int),
    ("classification_sid", "classification_sid", str),
    ("country_code", "country_code", str),
    ("did_group_sid", "did_group_sid", str),
    ("did_sid", "did_sid", str),
    ("in_country_format", "in_country_format", str),
    ("international_format", "international_format", str),
    ("lata", "lata", str),
    ("locality", "locality", str),
    ("lrn_sid", "lrn_sid", str),
    ("name", "name", str),
    ("ocn", "ocn", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
    ("phonenumber", "phonenumber", str),
    ("porting_pin", "porting_pin", str),
    ("price", "price", str),
    ("state", "state", str),
    ("status", "status", rt.enum_reader(DidStatus)),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.phonenumber_transformation", "PhonenumberTransformation")),
    ),
    ("trunk_group_sid", "trunk_group_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Did:
    """A phone number (DID) rented by, or rentable to, a partner.

    Attributes:
        active_capabilities: Enabled capabilities, same bitmask as `capabilities`; managed by the system.
        attributes: attributes
        callback_url: URL that receives SMS events for this number.
        campaign_sid: The 10DLC campaign linked to the number.
        capabilities: What the number supports, as a bitmask: 1 receive SMS, 2 send SMS, 4 voice, 8 receive
            MMS, 16 send MMS (at most 31).
        classification_sid: The DID Classification of the number.
        country_code: ISO 3166-1 alpha-3 country code.
        did_group_sid: The DID group the number belongs to.
        did_sid: The DID secure ID.
        in_country_format: The number in national format.
        international_format: The number in international format.
        lata: Local Access and Transport Area code of the number.
        locality: City or locality of the number.
        lrn_sid: The Location Routing Number assigned to the number.
        name: A name for the number (`N/A` by default).
        ocn: Operating Company Number of the number's carrier.
        partner: partner
        partner_sid: The partner renting the number (`null` while available).
        phonenumber: The number in E.164 format without `+`; can be chosen when renting.
        porting_pin: PIN protecting the number against porting.
        price: Monthly price of the number.
        state: Two-letter state of the number.
        status: status
        string_key_1: A user-defined string key.
        string_key_2: A user-defined string key.
        transformations: transformations
        trunk_group_sid: The trunk group that routes calls for the number.
    """

    active_capabilities: int | None
    attributes: PhonenumberAttributes | None
    callback_url: str | None
    campaign_sid: str | None
    capabilities: int | None
    classification_sid: str | None
    country_code: str | None
    did_group_sid: str | None
    did_sid: str | None
    in_country_format: str | None
    international_format: str | None
    lata: str | None
    locality: str | None
    lrn_sid: str | None
    name: str | None
    ocn: str | None
    partner: Partner | None
    partner_sid: str | None
    phonenumber: str | None
    porting_pin: str | None
    price: str | None
    state: str | None
    status: DidStatus | None
    string_key_1: str | None
    string_key_2: str | None
    transformations: list[PhonenumberTransformation] | None
    trunk_group_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        active_capabilities: int | None | Unset = UNSET,
        attributes: PhonenumberAttributes | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        campaign_sid: str | None | Unset = UNSET,
        capabilities: int | None | Unset = UNSET,
        classification_sid: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        did_sid: str | None | Unset = UNSET,
        in_country_format: str | None | Unset = UNSET,
        international_format: str | None | Unset = UNSET,
        lata: str | None | Unset = UNSET,
        locality: str | None | Unset = UNSET,
        lrn_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        ocn: str | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        phonenumber: str | None | Unset = UNSET,
        porting_pin: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        status: DidStatus | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        transformations: list[PhonenumberTransformation] | None | Unset = UNSET,
        trunk_group_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.active_capabilities = rt.given(self, "active_capabilities", active_capabilities)
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.campaign_sid = rt.given(self, "campaign_sid", campaign_sid)
        self.capabilities = rt.given(self, "capabilities", capabilities)
        self.classification_sid = rt.given(self, "classification_sid", classification_sid)
        self.country_code = rt.given(self, "country_code", country_code)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.did_sid = rt.given(self, "did_sid", did_sid)
        self.in_country_format = rt.given(self, "in_country_format", in_country_format)
        self.international_format = rt.given(self, "international_format", international_format)
        self.lata = rt.given(self, "lata", lata)
        self.locality = rt.given(self, "locality", locality)
        self.lrn_sid = rt.given(self, "lrn_sid", lrn_sid)
        self.name = rt.given(self, "name", name)
        self.ocn = rt.given(self, "ocn", ocn)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.phonenumber = rt.given(self, "phonenumber", phonenumber)
        self.porting_pin = rt.given(self, "porting_pin", porting_pin)
        self.price = rt.given(self, "price", price)
        self.state = rt.given(self, "state", state)
        self.status = rt.given(self, "status", status)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)
        self.transformations = rt.given(self, "transformations", transformations)
        self.trunk_group_sid = rt.given(self, "trunk_group_sid", trunk_group_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidFieldName = Literal[
    "active_capabilities",
    "attributes",
    "callback_url",
    "campaign_sid",
    "capabilities",
    "classification_sid",
    "country_code",
    "did_group_sid",
    "did_sid",
    "in_country_format",
    "international_format",
    "lata",
    "locality",
    "lrn_sid",
    "name",
    "ocn",
    "partner",
    "partner_sid",
    "phonenumber",
    "porting_pin",
    "price",
    "state",
    "status",
    "string_key_1",
    "string_key_2",
    "transformations",
    "trunk_group_sid",
]
"""The names of `Did`'s fields, for typed filters, orders and field lists."""
