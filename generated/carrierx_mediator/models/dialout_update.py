"""DialoutUpdate: Dialout fields to change (PATCH) while it is scheduled; send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .dialout_attributes import DialoutAttributes, DialoutAttributesParams

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.model_reader("carrierx_mediator.models.dialout_attributes", "DialoutAttributes")),
    ("delay", "delay", int),
    ("redirect_did", "redirect_did", str),
    ("stage_one_destination_did", "stage_one_destination_did", str),
    ("stage_two_destination_did", "stage_two_destination_did", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DialoutUpdate:
    """Dialout fields to change (PATCH) while it is scheduled; send only what changes.

    Attributes:
        attributes: Options of a dialout as string key/value pairs: built-in keys plus any custom ones.
        delay: delay
        redirect_did: redirect_did
        stage_one_destination_did: stage_one_destination_did
        stage_two_destination_did: stage_two_destination_did
    """

    attributes: DialoutAttributes | None
    delay: int | None
    redirect_did: str | None
    stage_one_destination_did: str | None
    stage_two_destination_did: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: DialoutAttributes | None | Unset = UNSET,
        delay: int | None | Unset = UNSET,
        redirect_did: str | None | Unset = UNSET,
        stage_one_destination_did: str | None | Unset = UNSET,
        stage_two_destination_did: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.delay = rt.given(self, "delay", delay)
        self.redirect_did = rt.given(self, "redirect_did", redirect_did)
        self.stage_one_destination_did = rt.given(self, "stage_one_destination_did", stage_one_destination_did)
        self.stage_two_destination_did = rt.given(self, "stage_two_destination_did", stage_two_destination_did)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DialoutUpdateFieldName = Literal[
    "attributes",
    "delay",
    "redirect_did",
    "stage_one_destination_did",
    "stage_two_destination_did",
]
"""The names of `DialoutUpdate`'s fields, for typed filters, orders and field lists."""


class DialoutUpdateParams(TypedDict, total=False):
    attributes: DialoutAttributes | DialoutAttributesParams | None
    delay: int | None
    redirect_did: str | None
    stage_one_destination_did: str | None
    stage_two_destination_did: str | None
