"""DidGroup: A named group of DIDs; its callback URL serves SMS events of member DIDs that have none."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .partner import Partner

_FIELDS: tuple[rt.Field, ...] = (
    ("callback_url", "callback_url", str),
    ("did_group_sid", "did_group_sid", str),
    ("name", "name", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.partner", "Partner")),
    ("partner_sid", "partner_sid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidGroup:
    """A named group of DIDs; its callback URL serves SMS events of member DIDs that have none.

    Attributes:
        callback_url: URL that receives SMS events (used when the DID has no callback URL).
        did_group_sid: The DID group secure ID.
        name: The group name (`N/A` when not set).
        partner: partner
        partner_sid: The owning partner.
    """

    callback_url: str | None
    did_group_sid: str | None
    name: str | None
    partner: Partner | None
    partner_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        callback_url: str | None | Unset = UNSET,
        did_group_sid: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner: Partner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.callback_url = rt.given(self, "callback_url", callback_url)
        self.did_group_sid = rt.given(self, "did_group_sid", did_group_sid)
        self.name = rt.given(self, "name", name)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupFieldName = Literal[
    "callback_url",
    "did_group_sid",
    "name",
    "partner",
    "partner_sid",
]
"""The names of `DidGroup`'s fields, for typed filters, orders and field lists."""
