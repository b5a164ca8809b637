"""PrefixCreate: What may be sent to create a prefix; `prefix` is required."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .phonenumber_attributes import PhonenumberAttributes
    from .phonenumber_transformation import PhonenumberTransformation

_FIELDS: tuple[rt.Field, ...] = (
    ("prefix", "prefix", str),
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("name", "name", str),
    ("partner_sid", "partner_sid", str),
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
_LOAD = rt.model_loader(_FIELDS, ("prefix",), True)


@_attrs_define(init=False)
class PrefixCreate:
    """What may be sent to create a prefix; `prefix` is required.

    Attributes:
        prefix: prefix
        attributes: Free-form custom attributes (string keys) stored with a phone number object.
        callback_url: callback_url
        name: name
        partner_sid: partner_sid
        source_trunk_group_sid: source_trunk_group_sid
        string_key_1: string_key_1
        string_key_2: string_key_2
        transformations: transformations
        trunk_group_sid: trunk_group_sid
    """

    prefix: str | None
    attributes: PhonenumberAttributes | None
    callback_url: str | None
    name: str | None
    partner_sid: str | None
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
        prefix: str,
        attributes: PhonenumberAttributes | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        source_trunk_group_sid: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
        transformations: list[PhonenumberTransformation] | None | Unset = UNSET,
        trunk_group_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.prefix = rt.given(self, "prefix", prefix)
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.name = rt.given(self, "name", name)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
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


PrefixCreateFieldName = Literal[
    "prefix",
    "attributes",
    "callback_url",
    "name",
    "partner_sid",
    "source_trunk_group_sid",
    "string_key_1",
    "string_key_2",
    "transformations",
    "trunk_group_sid",
]
"""The names of `PrefixCreate`'s fields, for typed filters, orders and field lists."""


class PrefixCreateParams(TypedDict, total=False):
    prefix: Required[str]
    attributes: PhonenumberAttributes | Mapping[str, Any] | None
    callback_url: str | None
    name: str | None
    partner_sid: str | None
    source_trunk_group_sid: str | None
    string_key_1: str | None
    string_key_2: str | None
    transformations: list[PhonenumberTransformation | Mapping[str, Any]] | None
    trunk_group_sid: str | None
