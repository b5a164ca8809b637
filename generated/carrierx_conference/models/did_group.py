"""DidGroup: A group of phone numbers tied to a call flow."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

if TYPE_CHECKING:
    from .attribute import Attribute
    from .did import Did

_FIELDS: tuple[rt.Field, ...] = (
    ("attributes", "attributes", rt.list_reader(rt.model_reader("carrierx_conference.models.attribute", "Attribute"))),
    ("call_flow_id", "callFlowId", int),
    ("description", "description", str),
    ("dids", "dids", rt.list_reader(rt.model_reader("carrierx_conference.models.did", "Did"))),
    ("id", "id", int),
    ("name", "name", str),
    ("state", "state", int),
    ("subscriber_sid", "subscriberSid", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class DidGroup:
    """A group of phone numbers tied to a call flow.

    Attributes:
        attributes: Setting overrides at the DID group level.
        call_flow_id: ID of the call flow used by the group.
        description: Description.
        dids: The DIDs in the group.
        id: DID group ID.
        name: Name of the group.
        state: State code.
        subscriber_sid: Identifier of the subscriber that owns the group.
    """

    attributes: list[Attribute] | None
    call_flow_id: int | None
    description: str | None
    dids: list[Did] | None
    id: int | None
    name: str | None
    state: int | None
    subscriber_sid: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        attributes: list[Attribute] | None | Unset = UNSET,
        call_flow_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        dids: list[Did] | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        state: int | None | Unset = UNSET,
        subscriber_sid: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.attributes = rt.given(self, "attributes", attributes)
        self.call_flow_id = rt.given(self, "callFlowId", call_flow_id)
        self.description = rt.given(self, "description", description)
        self.dids = rt.given(self, "dids", dids)
        self.id = rt.given(self, "id", id)
        self.name = rt.given(self, "name", name)
        self.state = rt.given(self, "state", state)
        self.subscriber_sid = rt.given(self, "subscriberSid", subscriber_sid)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


DidGroupFieldName = Literal[
    "attributes",
    "callFlowId",
    "description",
    "dids",
    "id",
    "name",
    "state",
    "subscriberSid",
]
"""The names of `DidGroup`'s fields, for typed filters, orders and field lists."""
