from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_group_hard_failure_last_resort import TrunkGroupHardFailureLastResort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk_access_control_list import TrunkAccessControlList
    from ..models.trunk_create import TrunkCreate
    from ..models.trunk_group_external_handler import TrunkGroupExternalHandler
    from ..models.trunk_group_routing_data import TrunkGroupRoutingData
    from ..models.trunk_transformation import TrunkTransformation


T = TypeVar("T", bound="TrunkGroupCreate")


@_attrs_define
class TrunkGroupCreate:
    """Fields for a new trunk group; none are required.

    Attributes:
        acls (list[TrunkAccessControlList] | Unset): Access control lists of the trunk group.
        external_handlers (list[TrunkGroupExternalHandler] | Unset): External handlers that return actions for calls.
        hard_failure_codes (str | Unset): SIP codes, separated by `;`, that count as hard failures (default `408;`).
        hard_failure_cooldown (int | Unset): Seconds a dead trunk rests before it is tried again (default 120).
        hard_failure_interval (int | Unset): Seconds over which hard failures are counted (default 60).
        hard_failure_last_resort (TrunkGroupHardFailureLastResort | Unset): What happens when every trunk of the group
            has failed hard.
        hard_failure_threshold (int | Unset): Hard failures within the interval after which a trunk is dead (default 3).
        name (str | Unset): Trunk group name (`N/A` when none was given).
        partner_sid (str | Unset): Secure ID of the owning partner.
        routing_data (None | TrunkGroupRoutingData | Unset): Data used by the routing type.
        routing_type (str | Unset): How calls are spread over the trunks.
        sip_options_locations (list[Any] | Unset): Locations that send SIP OPTIONS probes to the trunks.
        sip_options_threshold (int | Unset): SIP OPTIONS failures before a trunk is considered down.
        soft_failure_codes (str | Unset): SIP codes, separated by `;`, that count as soft failures.
        transformations (list[TrunkTransformation] | Unset):
        trunk_group_sid (str | Unset): Secure ID of the trunk group.
        trunks (list[TrunkCreate] | Unset): Trunks to create with the group (needs `with_trunks=true`).
    """

    acls: list[TrunkAccessControlList] | Unset = UNSET
    external_handlers: list[TrunkGroupExternalHandler] | Unset = UNSET
    hard_failure_codes: str | Unset = UNSET
    hard_failure_cooldown: int | Unset = UNSET
    hard_failure_interval: int | Unset = UNSET
    hard_failure_last_resort: TrunkGroupHardFailureLastResort | Unset = UNSET
    hard_failure_threshold: int | Unset = UNSET
    name: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    routing_data: None | TrunkGroupRoutingData | Unset = UNSET
    routing_type: str | Unset = UNSET
    sip_options_locations: list[Any] | Unset = UNSET
    sip_options_threshold: int | Unset = UNSET
    soft_failure_codes: str | Unset = UNSET
    transformations: list[TrunkTransformation] | Unset = UNSET
    trunk_group_sid: str | Unset = UNSET
    trunks: list[TrunkCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trunk_group_routing_data import TrunkGroupRoutingData  # noqa: PLC0415

        acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = []
            for acls_item_data in self.acls:
                acls_item = acls_item_data.to_dict()
                acls.append(acls_item)

        external_handlers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_handlers, Unset):
            external_handlers = []
            for external_handlers_item_data in self.external_handlers:
                external_handlers_item = external_handlers_item_data.to_dict()
                external_handlers.append(external_handlers_item)

        hard_failure_codes = self.hard_failure_codes

        hard_failure_cooldown = self.hard_failure_cooldown

        hard_failure_interval = self.hard_failure_interval

        hard_failure_last_resort: str | Unset = UNSET
        if not isinstance(self.hard_failure_last_resort, Unset):
            hard_failure_last_resort = self.hard_failure_last_resort.value

        hard_failure_threshold = self.hard_failure_threshold

        name = self.name

        partner_sid = self.partner_sid

        routing_data: dict[str, Any] | None | Unset
        if isinstance(self.routing_data, Unset):
            routing_data = UNSET
        elif isinstance(self.routing_data, TrunkGroupRoutingData):
            routing_data = self.routing_data.to_dict()
        else:
            routing_data = self.routing_data

        routing_type = self.routing_type

        sip_options_locations: list[Any] | Unset = UNSET
        if not isinstance(self.sip_options_locations, Unset):
            sip_options_locations = self.sip_options_locations

        sip_options_threshold = self.sip_options_threshold

        soft_failure_codes = self.soft_failure_codes

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        trunk_group_sid = self.trunk_group_sid

        trunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trunks, Unset):
            trunks = []
            for trunks_item_data in self.trunks:
                trunks_item = trunks_item_data.to_dict()
                trunks.append(trunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acls is not UNSET:
            field_dict["acls"] = acls
        if external_handlers is not UNSET:
            field_dict["external_handlers"] = external_handlers
        if hard_failure_codes is not UNSET:
            field_dict["hard_failure_codes"] = hard_failure_codes
        if hard_failure_cooldown is not UNSET:
            field_dict["hard_failure_cooldown"] = hard_failure_cooldown
        if hard_failure_interval is not UNSET:
            field_dict["hard_failure_interval"] = hard_failure_interval
        if hard_failure_last_resort is not UNSET:
            field_dict["hard_failure_last_resort"] = hard_failure_last_resort
        if hard_failure_threshold is not UNSET:
            field_dict["hard_failure_threshold"] = hard_failure_threshold
        if name is not UNSET:
            field_dict["name"] = name
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if routing_data is not UNSET:
            field_dict["routing_data"] = routing_data
        if routing_type is not UNSET:
            field_dict["routing_type"] = routing_type
        if sip_options_locations is not UNSET:
            field_dict["sip_options_locations"] = sip_options_locations
        if sip_options_threshold is not UNSET:
            field_dict["sip_options_threshold"] = sip_options_threshold
        if soft_failure_codes is not UNSET:
            field_dict["soft_failure_codes"] = soft_failure_codes
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if trunk_group_sid is not UNSET:
            field_dict["trunk_group_sid"] = trunk_group_sid
        if trunks is not UNSET:
            field_dict["trunks"] = trunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_access_control_list import TrunkAccessControlList  # noqa: PLC0415
        from ..models.trunk_create import TrunkCreate  # noqa: PLC0415
        from ..models.trunk_group_external_handler import TrunkGroupExternalHandler  # noqa: PLC0415
        from ..models.trunk_group_routing_data import TrunkGroupRoutingData  # noqa: PLC0415
        from ..models.trunk_transformation import TrunkTransformation  # noqa: PLC0415

        d = dict(src_dict)
        _acls = d.pop("acls", UNSET)
        acls: list[TrunkAccessControlList] | Unset = UNSET
        if _acls is not UNSET:
            acls = []
            for acls_item_data in _acls:
                acls_item = TrunkAccessControlList.from_dict(acls_item_data)

                acls.append(acls_item)

        _external_handlers = d.pop("external_handlers", UNSET)
        external_handlers: list[TrunkGroupExternalHandler] | Unset = UNSET
        if _external_handlers is not UNSET:
            external_handlers = []
            for external_handlers_item_data in _external_handlers:
                external_handlers_item = TrunkGroupExternalHandler.from_dict(external_handlers_item_data)

                external_handlers.append(external_handlers_item)

        hard_failure_codes = d.pop("hard_failure_codes", UNSET)

        hard_failure_cooldown = d.pop("hard_failure_cooldown", UNSET)

        hard_failure_interval = d.pop("hard_failure_interval", UNSET)

        _hard_failure_last_resort = d.pop("hard_failure_last_resort", UNSET)
        hard_failure_last_resort: TrunkGroupHardFailureLastResort | Unset
        if isinstance(_hard_failure_last_resort, Unset):
            hard_failure_last_resort = UNSET
        else:
            hard_failure_last_resort = TrunkGroupHardFailureLastResort(_hard_failure_last_resort)

        hard_failure_threshold = d.pop("hard_failure_threshold", UNSET)

        name = d.pop("name", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        def _parse_routing_data(data: object) -> None | TrunkGroupRoutingData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                routing_data_type_0 = TrunkGroupRoutingData.from_dict(data)

                return routing_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkGroupRoutingData | Unset, data)

        routing_data = _parse_routing_data(d.pop("routing_data", UNSET))

        routing_type = d.pop("routing_type", UNSET)

        sip_options_locations = cast(list[Any], d.pop("sip_options_locations", UNSET))

        sip_options_threshold = d.pop("sip_options_threshold", UNSET)

        soft_failure_codes = d.pop("soft_failure_codes", UNSET)

        _transformations = d.pop("transformations", UNSET)
        transformations: list[TrunkTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = TrunkTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        trunk_group_sid = d.pop("trunk_group_sid", UNSET)

        _trunks = d.pop("trunks", UNSET)
        trunks: list[TrunkCreate] | Unset = UNSET
        if _trunks is not UNSET:
            trunks = []
            for trunks_item_data in _trunks:
                trunks_item = TrunkCreate.from_dict(trunks_item_data)

                trunks.append(trunks_item)

        trunk_group_create = cls(
            acls=acls,
            external_handlers=external_handlers,
            hard_failure_codes=hard_failure_codes,
            hard_failure_cooldown=hard_failure_cooldown,
            hard_failure_interval=hard_failure_interval,
            hard_failure_last_resort=hard_failure_last_resort,
            hard_failure_threshold=hard_failure_threshold,
            name=name,
            partner_sid=partner_sid,
            routing_data=routing_data,
            routing_type=routing_type,
            sip_options_locations=sip_options_locations,
            sip_options_threshold=sip_options_threshold,
            soft_failure_codes=soft_failure_codes,
            transformations=transformations,
            trunk_group_sid=trunk_group_sid,
            trunks=trunks,
        )

        trunk_group_create.additional_properties = d
        return trunk_group_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
