"""ShortCode: A short code assigned to a partner (short codes are created by CarrierX support)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .partner import Partner
    from .phonenumber_attributes import PhonenumberAttributes

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("country_code", "country_code", str),
    ("did_group_sid", "did_group_sid", str),
    ("locality", "locality", str),
    ("lrn_sid", "lrn_sid", str),
    ("name", "name", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
    ("short_code", "short_code", str),
    ("short_code_sid", "short_code_sid", str),
    ("state", "state", str),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class ShortCode:
    """A short code assigned to a partner (short codes are created by CarrierX support).

    Attributes:
        attributes: attributes
        callback_url: Callback URL.
        country_code: Country of the short code.
        did_group_sid: The DID group of the short code.
        locality: Region of the short code.
        lrn_sid: The Location Routing Number assigned to the short code.
        name: The short code name.
        partner: partner
        partner_sid: The owning partner.
        short_code: The short code value.
        short_code_sid: The short code secure ID.
        state: State of the short code.
        string_key_1: A user-defined string key.
        string_key_2: A user-defined string key.
    """

    attributes: PhonenumberAttributes | None
    callback_url: str | None
    country_code: str | None
    did_group_sid: str | None
    locality: str | None
    lrn_sid: str | None
    name: str | None
    partner: Partner | None
    partner_sid: str | None
    short_code: str | None
    short_code_sid: str | None
    state: str | None
    string_key_1: str | None
    string_key_2: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: PhonenumberAttributes | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        locality: str | None | Unset = UNSET,
        lrn_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        short_code: str | None | Unset = UNSET,
        short_code_sid: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.country_code = rt.given(self, "country_code", country_code)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.locality = rt.given(self, "locality", locality)
        self.lrn_sid = rt.given(self, "lrn_sid", lrn_sid)
        self.name = rt.given(self, "name", name)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.short_code = rt.given(self, "short_code", short_code)
        self.short_code_sid = rt.given(self, "short_code_sid", short_code_sid)
        self.state = rt.given(self, "state", state)
        self.string_key_1 = rt.given(self, "string_key_1", string_key_1)
        self.string_key_2 = rt.given(self, "string_key_2", string_key_2)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


ShortCodeFieldName = Literal[
    "attributes",
    "callback_url",
    "country_code",
    "did_group_sid",
    "locality",
    "lrn_sid",
    "name",
    "partner",
    "partner_sid",
    "short_code",
    "short_code_sid",
    "state",
    "string_key_1",
    "string_key_2",
]
"""The names of `ShortCode`'s fields, for typed filters, orders and field lists."""
