"""ShortCodeUpdate: Short code fields to change (PATCH)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .phonenumber_attributes import PhonenumberAttributes

_FIELDS: tuple[rt.Field, ...] = (
    (
        "attributes",
        "attributes",
        rt.model_reader("carrierx_core.models.phonenumber_attributes", "PhonenumberAttributes"),
    ),
    ("callback_url", "callback_url", str),
    ("did_group_sid", "did_group_sid", str),
    ("name", "name", str),
    ("string_key_1", "string_key_1", str),
    ("string_key_2", "string_key_2", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class ShortCodeUpdate:
    """Short code fields to change (PATCH).

    Attributes:
        attributes: Free-form custom attributes (string keys) stored with a phone number object.
        callback_url: callback_url
        did_group_sid: did_group_sid
        name: name
        string_key_1: string_key_1
        string_key_2: string_key_2
    """

    attributes: PhonenumberAttributes | None
    callback_url: str | None
    did_group_sid: str | None
    name: str | None
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
        did_group_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        string_key_1: str | None | Unset = UNSET,
        string_key_2: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.name = rt.given(self, "name", name)
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


ShortCodeUpdateFieldName = Literal[
    "attributes",
    "callback_url",
    "did_group_sid",
    "name",
    "string_key_1",
    "string_key_2",
]
"""The names of `ShortCodeUpdate`'s fields, for typed filters, orders and field lists."""


class ShortCodeUpdateParams(TypedDict, total=False):
    attributes: PhonenumberAttributes | Mapping[str, Any] | None
    callback_url: str | None
    did_group_sid: str | None
    name: str | None
    string_key_1: str | None
    string_key_2: str | None
