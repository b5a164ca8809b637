"""LrnPrefix: A routing prefix matched against a number's Location Routing Number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .phonenumber_attributes import PhonenumberAttributes
    from .phonenumber_transformation import PhonenumberTransformation

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("lrn_prefix_sid", "lrn_prefix_sid", str),
    ("lrn_sid", "lrn_sid", str),
    ("name", "name", str),
    ("partner_sid", "partner_sid", str),
    ("prefix", "prefix", str),
    ("prefix_sid", "prefix_sid", str),
    ("source_trunk_group_sid", "source_trunk_group_sid", str),
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
class LrnPrefix:
    """A routing prefix matched against a number's Location Routing Number.

    Attributes:
        attributes: attributes
        callback_url: Callback URL.
        lrn_prefix_sid: The LRN prefix secure ID (as the samples return it).
        lrn_sid: The Location Routing Number assigned to the prefix.
        name: The prefix name (default `N/A`).
        partner_sid: The partner associated with the prefix.
        prefix: The digits that select this routing.
        prefix_sid: The ID name the table uses; not seen in samples.
        source_trunk_group_sid: The source trunk group.
        string_key_1: A user-defined string key.
        string_key_2: A user-defined string key.
        transformations: transformations
        trunk_group_sid: The trunk group calls are routed to.
    """

    attributes: PhonenumberAttributes | None
    callback_url: str | None
    lrn_prefix_sid: str | None
    lrn_sid: str | None
    name: str | None
    partner_sid: str | None
    prefix: str | None
    prefix_sid: str | None
    source_trunk_group_sid: str | None
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
        attributes: PhonenumberAttributes | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        lrn_prefix_sid: str | None | Unset = UNSET,
        lrn_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        prefix: str | None | Unset = UNSET,
        prefix_sid: str | None | Unset = UNSET,
        source_trunk_group_sid: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        transformations: list[PhonenumberTransformation] | None | Unset = UNSET,
        trunk_group_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.lrn_prefix_sid = rt.given(self, "lrn_prefix_sid", lrn_prefix_sid)
        self.lrn_sid = rt.given(self, "lrn_sid", lrn_sid)
        self.name = rt.given(self, "name", name)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.prefix = rt.given(self, "prefix", prefix)
        self.prefix_sid = rt.given(self, "prefix_sid", prefix_sid)
        self.source_trunk_group_sid = rt.given(self, "source_trunk_group_sid", source_trunk_group_sid)
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


LrnPrefixFieldName = Literal[
    "attributes",
    "callback_url",
    "lrn_prefix_sid",
    "lrn_sid",
    "name",
    "partner_sid",
    "prefix",
    "prefix_sid",
    "source_trunk_group_sid",
    "string_key_1",
    "string_key_2",
    "transformations",
    "trunk_group_sid",
]
"""The names of `LrnPrefix`'s fields, for typed filters, orders and field lists."""
