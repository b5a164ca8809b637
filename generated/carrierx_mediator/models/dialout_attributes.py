"""DialoutAttributes: Options of a dialout as string key/value pairs: built-in keys plus any custom ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

_FIELDS: tuple[rt.Field, ...] = (
    ("announce", "announce", str),
    ("cnam", "cnam", str),
    ("hide_origination_did", "hide_origination_did", str),
    ("ringback", "ringback", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DialoutAttributes:
    """Options of a dialout as string key/value pairs: built-in keys plus any custom ones.

    Attributes:
        announce: Audio file (.wav or .mp3) played to the first party before bridging.
        cnam: Caller name for the outbound calls.
        hide_origination_did: String flag seen in samples (`"true"`).
        ringback: String flag seen in samples (`"false"`).
    """

    announce: str | None
    cnam: str | None
    hide_origination_did: str | None
    ringback: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        announce: str | None | Unset = UNSET,
        cnam: str | None | Unset = UNSET,
        hide_origination_did: str | None | Unset = UNSET,
        ringback: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.announce = rt.given(self, "announce", announce)
        self.cnam = rt.given(self, "cnam", cnam)
        self.hide_origination_did = rt.given(self, "hide_origination_did", hide_origination_did)
        self.ringback = rt.given(self, "ringback", ringback)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DialoutAttributesFieldName = Literal[
    "announce",
    "cnam",
    "hide_origination_did",
    "ringback",
]
"""The names of `DialoutAttributes`'s fields, for typed filters, orders and field lists."""


class DialoutAttributesParams(TypedDict, total=False):
    announce: str | None
    cnam: str | None
    hide_origination_did: str | None
    ringback: str | None
