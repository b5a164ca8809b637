"""BindingUpdate: Binding fields to change (PATCH); send only what changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .binding_attributes import BindingAttributes, BindingAttributesParams
    from .binding_redirect_did_info import BindingRedirectDidInfo, BindingRedirectDidInfoParams

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.model_reader("carrierx_mediator.models.binding_attributes", "BindingAttributes")),
    ("destination_did", "destination_did", str),
    ("dtmf", "dtmf", str),
    ("maximum_ttl", "maximum_ttl", int),
    ("name", "name", str),
    ("origination_did", "origination_did", str),
    ("redirect_did", "redirect_did", str),
    (
        "redirect_did_info",
        "redirect_did_info",
        rt.model_reader("carrierx_mediator.models.binding_redirect_did_info", "BindingRedirectDidInfo"),
    ),
    ("wait_origination_did_ttl", "wait_origination_did_ttl", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class BindingUpdate:
    """Binding fields to change (PATCH); send only what changes.

    Attributes:
        attributes: Options of a binding as string key/value pairs: built-in keys plus any custom ones.
        destination_did: destination_did
        dtmf: dtmf
        maximum_ttl: maximum_ttl
        name: name
        origination_did: origination_did
        redirect_did: redirect_did
        redirect_did_info: The redirect DID of a binding in several formats, filled in by CarrierX.
        wait_origination_did_ttl: wait_origination_did_ttl
    """

    attributes: BindingAttributes | None
    destination_did: str | None
    dtmf: str | None
    maximum_ttl: int | None
    name: str | None
    origination_did: str | None
    redirect_did: str | None
    redirect_did_info: BindingRedirectDidInfo | None
    wait_origination_did_ttl: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: BindingAttributes | None | Unset = UNSET,
        destination_did: str | None | Unset = UNSET,
        dtmf: str | None | Unset = UNSET,
        maximum_ttl: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        origination_did: str | None | Unset = UNSET,
        redirect_did: str | None | Unset = UNSET,
        redirect_did_info: BindingRedirectDidInfo | None | Unset = UNSET,
        wait_origination_did_ttl: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.destination_did = rt.given(self, "destination_did", destination_did)
        self.dtmf = rt.given(self, "dtmf", dtmf)
        self.maximum_ttl = rt.given(self, "maximum_ttl", maximum_ttl)
        self.name = rt.given(self, "name", name)
        self.origination_did = rt.given(self, "origination_did", origination_did)
        self.redirect_did = rt.given(self, "redirect_did", redirect_did)
        self.redirect_did_info = rt.given(self, "redirect_did_info", redirect_did_info)
        self.wait_origination_did_ttl = rt.given(self, "wait_origination_did_ttl", wait_origination_did_ttl)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


BindingUpdateFieldName = Literal[
    "attributes",
    "destination_did",
    "dtmf",
    "maximum_ttl",
    "name",
    "origination_did",
    "redirect_did",
    "redirect_did_info",
    "wait_origination_did_ttl",
]
"""The names of `BindingUpdate`'s fields, for typed filters, orders and field lists."""


class BindingUpdateParams(TypedDict, total=False):
    attributes: BindingAttributes | BindingAttributesParams | None
    destination_did: str | None
    dtmf: str | None
    maximum_ttl: int | None
    name: str | None
    origination_did: str | None
    redirect_did: str | None
    redirect_did_info: BindingRedirectDidInfo | BindingRedirectDidInfoParams | None
    wait_origination_did_ttl: int | None
