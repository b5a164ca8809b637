"""TrunkGroup: A trunk group: call routing settings and the trunks calls are sent over."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .trunk_group_hard_failure_last_resort import TrunkGroupHardFailureLastResort

if TYPE_CHECKING:
    from .trunk import Trunk
    from .trunk_access_control_list import TrunkAccessControlList
    from .trunk_group_external_handler import TrunkGroupExternalHandler
    from .trunk_group_partner import TrunkGroupPartner
    from .trunk_group_routing_data import TrunkGroupRoutingData
    from .trunk_transformation import TrunkTransformation

_FIELDS: tuple[rt.Field, ...] = (
    (
        "acls",
        "acls",
        rt.list_reader(rt.model_reader("carrierx_core.models.trunk_access_control_list", "TrunkAccessControlList")),
    ),
    (
        "external_handlers",
        "external_handlers",
        rt.list_reader(
            rt.model_reader("carrierx_core.models.trunk_group_external_handler", "TrunkGroupExternalHandler")
        ),
    ),
    ("hard_failure_codes", "hard_failure_codes", str),
    ("hard_failure_cooldown", "hard_failure_cooldown", int),
    ("hard_failure_interval", "hard_failure_interval", int),
    ("hard_failure_last_resort", "hard_failure_last_resort", rt.enum_reader(TrunkGroupHardFailureLastResort)),
    ("hard_failure_threshold", "hard_failure_threshold", int),
    ("name", "name", str),
    ("partner", "partner", rt.model_reader("carrierx_core.models.trunk_group_partner", "TrunkGroupPartner")),
    ("partner_sid", "partner_sid", str),
    (
        "routing_data",
        "routing_data",
        rt.model_reader("carrierx_core.models.trunk_group_routing_data", "TrunkGroupRoutingData"),
    ),
    ("routing_type", "routing_type", str),
    ("sip_options_locations", "sip_options_locations", rt.list_reader(rt.ANY)),
    ("sip_options_threshold", "sip_options_threshold", int),
    ("soft_failure_codes", "soft_failure_codes", str),
    (
        "transformations",
        "transformations",
        rt.list_reader(rt.model_reader("carrierx_core.models.trunk_transformation", "TrunkTransformation")),
    ),
    ("trunk_group_sid", "trunk_group_sid", str),
    ("trunks", "trunks", rt.list_reader(rt.model_reader("carrierx_core.models.trunk", "Trunk"))),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class TrunkGroup:
    """A trunk group: call routing settings and the trunks calls are sent over.

    Attributes:
        acls: Access control lists of the trunk group.
        external_handlers: External handlers that return actions for calls.
        hard_failure_codes: SIP codes, separated by `;`, that count as hard failures (default `408;`).
        hard_failure_cooldown: Seconds a dead trunk rests before it is tried again (default 120).
        hard_failure_interval: Seconds over which hard failures are counted (default 60).
        hard_failure_last_resort: Behaviour when all trunks are dead (default `first`).
        hard_failure_threshold: Hard failures within the interval after which a trunk is dead (default 3).
        name: Trunk group name (`N/A` when none was given).
        partner: The owning partner; only with `with_related=true`.
        partner_sid: Secure ID of the owning partner.
        routing_data: Data used by the routing type.
        routing_type: How calls are spread over the trunks.
        sip_options_locations: Locations that send SIP OPTIONS probes to the trunks.
        sip_options_threshold: SIP OPTIONS failures before a trunk is considered down.
        soft_failure_codes: SIP codes, separated by `;`, that count as soft failures.
        transformations: transformations
        trunk_group_sid: Secure ID of the trunk group.
        trunks: The trunks of the group (returned with `with_trunks=true` or after creating with
            trunks).
    """

    acls: list[TrunkAccessControlList] | None
    external_handlers: list[TrunkGroupExternalHandler] | None
    hard_failure_codes: str | None
    hard_failure_cooldown: int | None
    hard_failure_interval: int | None
    hard_failure_last_resort: TrunkGroupHardFailureLastResort | None
    hard_failure_threshold: int | None
    name: str | None
    partner: TrunkGroupPartner | None
    partner_sid: str | None
    routing_data: TrunkGroupRoutingData | None
    routing_type: str | None
    sip_options_locations: list[Any] | None
    sip_options_threshold: int | None
    soft_failure_codes: str | None
    transformations: list[TrunkTransformation] | None
    trunk_group_sid: str | None
    trunks: list[Trunk] | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        acls: list[TrunkAccessControlList] | None | Unset = UNSET,
        external_handlers: list[TrunkGroupExternalHandler] | None | Unset = UNSET,
        hard_failure_codes: str | None | Unset = UNSET,
        hard_failure_cooldown: int | None | Unset = UNSET,
        hard_failure_interval: int | None | Unset = UNSET,
        hard_failure_last_resort: TrunkGroupHardFailureLastResort | None | Unset = UNSET,
        hard_failure_threshold: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        partner: TrunkGroupPartner | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        routing_data: TrunkGroupRoutingData | None | Unset = UNSET,
        routing_type: str | None | Unset = UNSET,
        sip_options_locations: list[Any] | None | Unset = UNSET,
        sip_options_threshold: int | None | Unset = UNSET,
        soft_failure_codes: str | None | Unset = UNSET,
        transformations: list[TrunkTransformation] | None | Unset = UNSET,
        trunk_group_sid: str | None | Unset = UNSET,
        trunks: list[Trunk] | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.acls = rt.given(self, "acls", acls)
        self.external_handlers = rt.given(self, "external_handlers", external_handlers)
        self.hard_failure_codes = rt.given(self, "hard_failure_codes", hard_failure_codes)
        self.hard_failure_cooldown = rt.given(self, "hard_failure_cooldown", hard_failure_cooldown)
        self.hard_failure_interval = rt.given(self, "hard_failure_interval", hard_failure_interval)
        self.hard_failure_last_resort = rt.given(self, "hard_failure_last_resort", hard_failure_last_resort)
        self.hard_failure_threshold = rt.given(self, "hard_failure_threshold", hard_failure_threshold)
        self.name = rt.given(self, "name", name)
        self.partner = rt.given(self, "partner", partner)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.routing_data = rt.given(self, "routing_data", routing_data)
        self.routing_type = rt.given(self, "routing_type", routing_type)
        self.sip_options_locations = rt.given(self, "sip_options_locations", sip_options_locations)
        self.sip_options_threshold = rt.given(self, "sip_options_threshold", sip_options_threshold)
        self.soft_failure_codes = rt.given(self, "soft_failure_codes", soft_failure_codes)
        self.transformations = rt.given(self, "transformations", transformations)
        self.trunk_group_sid = rt.given(self, "trunk_group_sid", trunk_group_sid)
        self.trunks = rt.given(self, "trunks", trunks)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


TrunkGroupFieldName = Literal[
    "acls",
    "external_handlers",
    "hard_failure_codes",
    "hard_failure_cooldown",
    "hard_failure_interval",
    "hard_failure_last_resort",
    "hard_failure_threshold",
    "name",
    "partner",
    "partner_sid",
    "routing_data",
    "routing_type",
    "sip_options_locations",
    "sip_options_threshold",
    "soft_failure_codes",
    "transformations",
    "trunk_group_sid",
    "trunks",
]
"""The names of `TrunkGroup`'s fields, for typed filters, orders and field lists."""
