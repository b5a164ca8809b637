"""Did: A phone number routed to the Conference endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute import Attribute

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.list_reader(rt.model_reader("carrierx_conference.models.attribute", "Attribute"))),
    ("country_code", "countryCode", str),
    ("description", "description", str),
    ("did_group_id", "didGroupId", int),
    ("id", "id", int),
    ("phone_number", "phoneNumber", str),
    ("state", "state", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class Did:
    """A phone number routed to the Conference endpoint.

    Attributes:
        attributes: Setting overrides at the DID level.
        country_code: ISO 3166-1 alpha-2 country code (e.g. `US`).
        description: Description (left out of responses when unset).
        did_group_id: ID of the DID group the number belongs to.
        id: DID ID.
        phone_number: The phone number.
        state: State code.
    """

    attributes: list[Attribute] | None
    country_code: str | None
    description: str | None
    did_group_id: int | None
    id: int | None
    phone_number: str | None
    state: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[Attribute] | None | Unset = UNSET,
        country_code: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        did_group_id: int | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
        state: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.country_code = rt.given(self, "countryCode", country_code)
        self.description = rt.given(self, "description", description)
        self.did_group_id = rt.given(self, "didGroupId", did_group_id)
        self.id = rt.given(self, "id", id)
        self.phone_number = rt.given(self, "phoneNumber", phone_number)
        self.state = rt.given(self, "state", state)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidFieldName = Literal[
    "attributes",
    "countryCode",
    "description",
    "didGroupId",
    "id",
    "phoneNumber",
    "state",
]
"""The names of `Did`'s fields, for typed filters, orders and field lists."""
