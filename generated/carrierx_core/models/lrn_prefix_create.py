from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonenumber_attributes import PhonenumberAttributes
    from ..models.phonenumber_transformation import PhonenumberTransformation


T = TypeVar("T", bound="LrnPrefixCreate")


@_attrs_define
class LrnPrefixCreate:
    """What may be sent to create a LRN prefix; `prefix` is required.

    Attributes:
        prefix (str):
        attributes (PhonenumberAttributes | Unset): Free-form custom attributes (string keys) stored with a phone number
            object.
        callback_url (None | str | Unset):
        lrn_prefix_sid (str | Unset): The LRN prefix secure ID (as the samples return it).
        name (str | Unset):
        partner_sid (str | Unset):
        source_trunk_group_sid (None | str | Unset):
        string_key_1 (None | str | Unset):
        string_key_2 (None | str | Unset):
        transformations (list[PhonenumberTransformation] | Unset):
        trunk_group_sid (None | str | Unset):
    """

    prefix: str
    attributes: PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    lrn_prefix_sid: str | Unset = UNSET
    name: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    source_trunk_group_sid: None | str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    transformations: list[PhonenumberTransformation] | Unset = UNSET
    trunk_group_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        lrn_prefix_sid = self.lrn_prefix_sid

        name = self.name

        partner_sid = self.partner_sid

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

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        trunk_group_sid: None | str | Unset
        if isinstance(self.trunk_group_sid, Unset):
            trunk_group_sid = UNSET
        else:
            trunk_group_sid = self.trunk_group_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if lrn_prefix_sid is not UNSET:
            field_dict["lrn_prefix_sid"] = lrn_prefix_sid
        if name is not UNSET:
            field_dict["name"] = name
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
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
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415
        from ..models.phonenumber_transformation import PhonenumberTransformation  # noqa: PLC0415

        d = dict(src_dict)
        prefix = d.pop("prefix")

        _attributes = d.pop("attributes", UNSET)
        attributes: PhonenumberAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PhonenumberAttributes.from_dict(_attributes)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        lrn_prefix_sid = d.pop("lrn_prefix_sid", UNSET)

        name = d.pop("name", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

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

        _transformations = d.pop("transformations", UNSET)
        transformations: list[PhonenumberTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = PhonenumberTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        def _parse_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid = _parse_trunk_group_sid(d.pop("trunk_group_sid", UNSET))

        lrn_prefix_create = cls(
            prefix=prefix,
            attributes=attributes,
            callback_url=callback_url,
            lrn_prefix_sid=lrn_prefix_sid,
            name=name,
            partner_sid=partner_sid,
            source_trunk_group_sid=source_trunk_group_sid,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            transformations=transformations,
            trunk_group_sid=trunk_group_sid,
        )

        lrn_prefix_create.additional_properties = d
        return lrn_prefix_create

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
