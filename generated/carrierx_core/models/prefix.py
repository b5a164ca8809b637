from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner
    from ..models.phonenumber_attributes import PhonenumberAttributes
    from ..models.phonenumber_transformation import PhonenumberTransformation


T = TypeVar("T", bound="Prefix")


@_attrs_define
class Prefix:
    """A routing prefix: calls to numbers starting with it follow its trunk group and transformations.

    Attributes:
        attributes (None | PhonenumberAttributes | Unset):
        callback_url (None | str | Unset): Callback URL.
        lrn_sid (None | str | Unset): The Location Routing Number assigned to the prefix.
        name (None | str | Unset): The prefix name (default `N/A`).
        partner (None | Partner | Unset):
        partner_sid (None | str | Unset): The partner associated with the prefix.
        prefix (None | str | Unset): The digits that select this routing.
        prefix_sid (None | str | Unset): The prefix secure ID.
        source_trunk_group_sid (None | str | Unset): The source trunk group.
        string_key_1 (None | str | Unset): A user-defined string key.
        string_key_2 (None | str | Unset): A user-defined string key.
        transformations (list[PhonenumberTransformation] | None | Unset):
        trunk_group_sid (None | str | Unset): The trunk group calls are routed to.
    """

    attributes: None | PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    lrn_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    prefix_sid: None | str | Unset = UNSET
    source_trunk_group_sid: None | str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    transformations: list[PhonenumberTransformation] | None | Unset = UNSET
    trunk_group_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, PhonenumberAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        lrn_sid: None | str | Unset
        if isinstance(self.lrn_sid, Unset):
            lrn_sid = UNSET
        else:
            lrn_sid = self.lrn_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        prefix_sid: None | str | Unset
        if isinstance(self.prefix_sid, Unset):
            prefix_sid = UNSET
        else:
            prefix_sid = self.prefix_sid

        source_trunk_group_sid: None | str | Unset
        if isinstance(self.source_trunk_group_sid, Unset):
            source_trunk_group_sid = UNSET
        else:
            source_trunk_group_sid = self.source_trunk_group_sid

        string_key_1: None | str | Unset
        if isinstance(self.string_key_1, Unset):
            string_key_1 = UNSET
        else:
            string_key_1 = self.string_key_1

        string_key_2: None | str | Unset
        if isinstance(self.string_key_2, Unset):
            string_key_2 = UNSET
        else:
            string_key_2 = self.string_key_2

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if lrn_sid is not UNSET:
            field_dict["lrn_sid"] = lrn_sid
        if name is not UNSET:
            field_dict["name"] = name
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if prefix_sid is not UNSET:
            field_dict["prefix_sid"] = prefix_sid
        if source_trunk_group_sid is not UNSET:
            field_dict["source_trunk_group_sid"] = source_trunk_group_sid
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if trunk_group_sid is not UNSET:
            field_dict["trunk_group_sid"] = trunk_group_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415
        from ..models.phonenumber_transformation import PhonenumberTransformation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> None | PhonenumberAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PhonenumberAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberAttributes | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_lrn_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lrn_sid = _parse_lrn_sid(d.pop("lrn_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_prefix_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix_sid = _parse_prefix_sid(d.pop("prefix_sid", UNSET))

        def _parse_source_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_trunk_group_sid = _parse_source_trunk_group_sid(d.pop("source_trunk_group_sid", UNSET))

        def _parse_string_key_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_1 = _parse_string_key_1(d.pop("string_key_1", UNSET))

        def _parse_string_key_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_2 = _parse_string_key_2(d.pop("string_key_2", UNSET))

        def _parse_transformations(data: object) -> list[PhonenumberTransformation] | None | Unset:
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
                    transformations_type_0_item = PhonenumberTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhonenumberTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid = _parse_trunk_group_sid(d.pop("trunk_group_sid", UNSET))

        prefix = cls(
            attributes=attributes,
            callback_url=callback_url,
            lrn_sid=lrn_sid,
            name=name,
            partner=partner,
            partner_sid=partner_sid,
            prefix=prefix,
            prefix_sid=prefix_sid,
            source_trunk_group_sid=source_trunk_group_sid,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            transformations=transformations,
            trunk_group_sid=trunk_group_sid,
        )

        prefix.additional_properties = d
        return prefix

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
