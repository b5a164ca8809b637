"""AccessControlEffectiveAcl: The access control lists in force at one layer (partner, trunk group, trunk)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .access_control_list import AccessControlList

_FIELDS: tuple[rt.Field, ...] = (
    (
        "effective_acls",
        "effective_acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.access_control_list", "AccessControlList")),
    ),
    ("layer", "layer", int),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class AccessControlEffectiveAcl:
    """The access control lists in force at one layer (partner, trunk group, trunk).

    Attributes:
        effective_acls: effective_acls
        layer: Layer number; lists run from the top-level object down.
    """

    effective_acls: list[AccessControlList] | None
    layer: int | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        effective_acls: list[AccessControlList] | None | Unset = UNSET,
        layer: int | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.effective_acls = rt.given(self, "effective_acls", effective_acls)
        self.layer = rt.given(self, "layer", layer)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


AccessControlEffectiveAclFieldName = Literal[
    "effective_acls",
    "layer",
]
"""The names of `AccessControlEffectiveAcl`'s fields, for typed filters, orders and field lists."""
