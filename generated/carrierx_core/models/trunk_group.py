from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trunk_group_hard_failure_last_resort import TrunkGroupHardFailureLastResort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trunk import Trunk
    from ..models.trunk_access_control_list import TrunkAccessControlList
    from ..models.trunk_group_external_handler import TrunkGroupExternalHandler
    from ..models.trunk_group_partner import TrunkGroupPartner
    from ..models.trunk_group_routing_data import TrunkGroupRoutingData
    from ..models.trunk_transformation import TrunkTransformation


T = TypeVar("T", bound="TrunkGroup")


@_attrs_define
class TrunkGroup:
    """A trunk group: call routing settings and the trunks calls are sent over.

    Attributes:
        acls (list[TrunkAccessControlList] | None | Unset): Access control lists of the trunk group.
        external_handlers (list[TrunkGroupExternalHandler] | None | Unset): External handlers that return actions for
            calls.
        hard_failure_codes (None | str | Unset): SIP codes, separated by `;`, that count as hard failures (default
            `408;`).
        hard_failure_cooldown (int | None | Unset): Seconds a dead trunk rests before it is tried again (default 120).
        hard_failure_interval (int | None | Unset): Seconds over which hard failures are counted (default 60).
        hard_failure_last_resort (None | TrunkGroupHardFailureLastResort | Unset): Behaviour when all trunks are dead
            (default `first`).
        hard_failure_threshold (int | None | Unset): Hard failures within the interval after which a trunk is dead
            (default 3).
        name (None | str | Unset): Trunk group name (`N/A` when none was given).
        partner (None | TrunkGroupPartner | Unset): The owning partner; only with `with_related=true`.
        partner_sid (None | str | Unset): Secure ID of the owning partner.
        routing_data (None | TrunkGroupRoutingData | Unset): Data used by the routing type.
        routing_type (None | str | Unset): How calls are spread over the trunks.
        sip_options_locations (list[Any] | None | Unset): Locations that send SIP OPTIONS probes to the trunks.
        sip_options_threshold (int | None | Unset): SIP OPTIONS failures before a trunk is considered down.
        soft_failure_codes (None | str | Unset): SIP codes, separated by `;`, that count as soft failures.
        transformations (list[TrunkTransformation] | None | Unset):
        trunk_group_sid (None | str | Unset): Secure ID of the trunk group.
        trunks (list[Trunk] | None | Unset): The trunks of the group (returned with `with_trunks=true` or after creating
            with trunks).
    """

    acls: list[TrunkAccessControlList] | None | Unset = UNSET
    external_handlers: list[TrunkGroupExternalHandler] | None | Unset = UNSET
    hard_failure_codes: None | str | Unset = UNSET
    hard_failure_cooldown: int | None | Unset = UNSET
    hard_failure_interval: int | None | Unset = UNSET
    hard_failure_last_resort: None | TrunkGroupHardFailureLastResort | Unset = UNSET
    hard_failure_threshold: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    partner: None | TrunkGroupPartner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    routing_data: None | TrunkGroupRoutingData | Unset = UNSET
    routing_type: None | str | Unset = UNSET
    sip_options_locations: list[Any] | None | Unset = UNSET
    sip_options_threshold: int | None | Unset = UNSET
    soft_failure_codes: None | str | Unset = UNSET
    transformations: list[TrunkTransformation] | None | Unset = UNSET
    trunk_group_sid: None | str | Unset = UNSET
    trunks: list[Trunk] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trunk_group_partner import TrunkGroupPartner  # noqa: PLC0415
        from ..models.trunk_group_routing_data import TrunkGroupRoutingData  # noqa: PLC0415

        acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.acls, Unset):
            acls = UNSET
        elif isinstance(self.acls, list):
            acls = []
            for acls_type_0_item_data in self.acls:
                acls_type_0_item = acls_type_0_item_data.to_dict()
                acls.append(acls_type_0_item)

        else:
            acls = self.acls

        external_handlers: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_handlers, Unset):
            external_handlers = UNSET
        elif isinstance(self.external_handlers, list):
            external_handlers = []
            for external_handlers_type_0_item_data in self.external_handlers:
                external_handlers_type_0_item = external_handlers_type_0_item_data.to_dict()
                external_handlers.append(external_handlers_type_0_item)

        else:
            external_handlers = self.external_handlers

        hard_failure_codes: None | str | Unset
        if isinstance(self.hard_failure_codes, Unset):
            hard_failure_codes = UNSET
        else:
            hard_failure_codes = self.hard_failure_codes

        hard_failure_cooldown: int | None | Unset
        if isinstance(self.hard_failure_cooldown, Unset):
            hard_failure_cooldown = UNSET
        else:
            hard_failure_cooldown = self.hard_failure_cooldown

        hard_failure_interval: int | None | Unset
        if isinstance(self.hard_failure_interval, Unset):
            hard_failure_interval = UNSET
        else:
            hard_failure_interval = self.hard_failure_interval

        hard_failure_last_resort: None | str | Unset
        if isinstance(self.hard_failure_last_resort, Unset):
            hard_failure_last_resort = UNSET
        elif isinstance(self.hard_failure_last_resort, TrunkGroupHardFailureLastResort):
            hard_failure_last_resort = self.hard_failure_last_resort.value
        else:
            hard_failure_last_resort = self.hard_failure_last_resort

        hard_failure_threshold: int | None | Unset
        if isinstance(self.hard_failure_threshold, Unset):
            hard_failure_threshold = UNSET
        else:
            hard_failure_threshold = self.hard_failure_threshold

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, TrunkGroupPartner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        routing_data: dict[str, Any] | None | Unset
        if isinstance(self.routing_data, Unset):
            routing_data = UNSET
        elif isinstance(self.routing_data, TrunkGroupRoutingData):
            routing_data = self.routing_data.to_dict()
        else:
            routing_data = self.routing_data

        routing_type: None | str | Unset
        if isinstance(self.routing_type, Unset):
            routing_type = UNSET
        else:
            routing_type = self.routing_type

        sip_options_locations: list[Any] | None | Unset
        if isinstance(self.sip_options_locations, Unset):
            sip_options_locations = UNSET
        elif isinstance(self.sip_options_locations, list):
            sip_options_locations = self.sip_options_locations

        else:
            sip_options_locations = self.sip_options_locations

        sip_options_threshold: int | None | Unset
        if isinstance(self.sip_options_threshold, Unset):
            sip_options_threshold = UNSET
        else:
            sip_options_threshold = self.sip_options_threshold

        soft_failure_codes: None | str | Unset
        if isinstance(self.soft_failure_codes, Unset):
            soft_failure_codes = UNSET
        else:
            soft_failure_codes = self.soft_failure_codes

        transformations: list[dict[str, Any]] | None | Unset
        if isinstance(self.transformations, Unset):
            transformations = UNSET
        elif isinstance(self.transformations, list):
            transformations = []
            for transformations_type_0_item_data in self.transformations:
                transformations_type_0_item = transformations_type_0_item_data.to_dict()
                transformations.append(transformations_type_0_item)

        else:
            transformations = self.transformations

        trunk_group_sid: None | str | Unset
        if isinstance(self.trunk_group_sid, Unset):
            trunk_group_sid = UNSET
        else:
            trunk_group_sid = self.trunk_group_sid

        trunks: list[dict[str, Any]] | None | Unset
        if isinstance(self.trunks, Unset):
            trunks = UNSET
        elif isinstance(self.trunks, list):
            trunks = []
            for trunks_type_0_item_data in self.trunks:
                trunks_type_0_item = trunks_type_0_item_data.to_dict()
                trunks.append(trunks_type_0_item)

        else:
            trunks = self.trunks

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
        if partner is not UNSET:
            field_dict["partner"] = partner
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
        from ..models.trunk import Trunk  # noqa: PLC0415
        from ..models.trunk_access_control_list import TrunkAccessControlList  # noqa: PLC0415
        from ..models.trunk_group_external_handler import TrunkGroupExternalHandler  # noqa: PLC0415
        from ..models.trunk_group_partner import TrunkGroupPartner  # noqa: PLC0415
        from ..models.trunk_group_routing_data import TrunkGroupRoutingData  # noqa: PLC0415
        from ..models.trunk_transformation import TrunkTransformation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acls(data: object) -> list[TrunkAccessControlList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acls_type_0 = []
                _acls_type_0 = data
                for acls_type_0_item_data in _acls_type_0:
                    acls_type_0_item = TrunkAccessControlList.from_dict(acls_type_0_item_data)

                    acls_type_0.append(acls_type_0_item)

                return acls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkAccessControlList] | None | Unset, data)

        acls = _parse_acls(d.pop("acls", UNSET))

        def _parse_external_handlers(data: object) -> list[TrunkGroupExternalHandler] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_handlers_type_0 = []
                _external_handlers_type_0 = data
                for external_handlers_type_0_item_data in _external_handlers_type_0:
                    external_handlers_type_0_item = TrunkGroupExternalHandler.from_dict(
                        external_handlers_type_0_item_data
                    )

                    external_handlers_type_0.append(external_handlers_type_0_item)

                return external_handlers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkGroupExternalHandler] | None | Unset, data)

        external_handlers = _parse_external_handlers(d.pop("external_handlers", UNSET))

        def _parse_hard_failure_codes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hard_failure_codes = _parse_hard_failure_codes(d.pop("hard_failure_codes", UNSET))

        def _parse_hard_failure_cooldown(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard_failure_cooldown = _parse_hard_failure_cooldown(d.pop("hard_failure_cooldown", UNSET))

        def _parse_hard_failure_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard_failure_interval = _parse_hard_failure_interval(d.pop("hard_failure_interval", UNSET))

        def _parse_hard_failure_last_resort(data: object) -> None | TrunkGroupHardFailureLastResort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hard_failure_last_resort_type_0 = TrunkGroupHardFailureLastResort(data)

                return hard_failure_last_resort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkGroupHardFailureLastResort | Unset, data)

        hard_failure_last_resort = _parse_hard_failure_last_resort(d.pop("hard_failure_last_resort", UNSET))

        def _parse_hard_failure_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard_failure_threshold = _parse_hard_failure_threshold(d.pop("hard_failure_threshold", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_partner(data: object) -> None | TrunkGroupPartner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = TrunkGroupPartner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrunkGroupPartner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

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

        def _parse_routing_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        routing_type = _parse_routing_type(d.pop("routing_type", UNSET))

        def _parse_sip_options_locations(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sip_options_locations_type_0 = cast(list[Any], data)

                return sip_options_locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        sip_options_locations = _parse_sip_options_locations(d.pop("sip_options_locations", UNSET))

        def _parse_sip_options_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sip_options_threshold = _parse_sip_options_threshold(d.pop("sip_options_threshold", UNSET))

        def _parse_soft_failure_codes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        soft_failure_codes = _parse_soft_failure_codes(d.pop("soft_failure_codes", UNSET))

        def _parse_transformations(data: object) -> list[TrunkTransformation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transformations_type_0 = []
                _transformations_type_0 = data
                for transformations_type_0_item_data in _transformations_type_0:
                    transformations_type_0_item = TrunkTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TrunkTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid = _parse_trunk_group_sid(d.pop("trunk_group_sid", UNSET))

        def _parse_trunks(data: object) -> list[Trunk] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trunks_type_0 = []
                _trunks_type_0 = data
                for trunks_type_0_item_data in _trunks_type_0:
                    trunks_type_0_item = Trunk.from_dict(trunks_type_0_item_data)

                    trunks_type_0.append(trunks_type_0_item)

                return trunks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Trunk] | None | Unset, data)

        trunks = _parse_trunks(d.pop("trunks", UNSET))

        trunk_group = cls(
            acls=acls,
            external_handlers=external_handlers,
            hard_failure_codes=hard_failure_codes,
            hard_failure_cooldown=hard_failure_cooldown,
            hard_failure_interval=hard_failure_interval,
            hard_failure_last_resort=hard_failure_last_resort,
            hard_failure_threshold=hard_failure_threshold,
            name=name,
            partner=partner,
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

        trunk_group.additional_properties = d
        return trunk_group

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
