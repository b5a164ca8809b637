"""PhonenumberLookupDetails: Optional details of a looked-up number; each is null unless requested and allowed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .phonenumber_lookup_carrier import PhonenumberLookupCarrier
    from .phonenumber_lookup_cnam import PhonenumberLookupCnam
    from .phonenumber_lookup_lrn import PhonenumberLookupLrn

_FIELDS: tuple[rt.Field, ...] = (
    (
        "carrier",
        "carrier",
        rt.model_reader("carrierx_core.models.phonenumber_lookup_carrier", "PhonenumberLookupCarrier"),
    ),
    ("cnam", "cnam", rt.model_reader("carrierx_core.models.phonenumber_lookup_cnam", "PhonenumberLookupCnam")),
    ("lrn", "lrn", rt.model_reader("carrierx_core.models.phonenumber_lookup_lrn", "PhonenumberLookupLrn")),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class PhonenumberLookupDetails:
    """Optional details of a looked-up number; each is null unless requested and allowed.

    Attributes:
        carrier: carrier
        cnam: CNAM data (with `cnam=true`).
        lrn: Location routing number data (with `lrn=true`).
    """

    carrier: PhonenumberLookupCarrier | None
    cnam: PhonenumberLookupCnam | None
    lrn: PhonenumberLookupLrn | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        carrier: PhonenumberLookupCarrier | None | Unset = UNSET,
        cnam: PhonenumberLookupCnam | None | Unset = UNSET,
        lrn: PhonenumberLookupLrn | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.carrier = rt.given(self, "carrier", carrier)
        self.cnam = rt.given(self, "cnam", cnam)
        self.lrn = rt.given(self, "lrn", lrn)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


PhonenumberLookupDetailsFieldName = Literal[
    "carrier",
    "cnam",
    "lrn",
]
"""The names of `PhonenumberLookupDetails`'s fields, for typed filters, orders and field lists."""
