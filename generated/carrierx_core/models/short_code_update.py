from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonenumber_attributes import PhonenumberAttributes


T = TypeVar("T", bound="ShortCodeUpdate")


@_attrs_define
class ShortCodeUpdate:
    """Short code fields to change (PATCH).

    Attributes:
        attributes (PhonenumberAttributes | Unset): Free-form custom attributes (string keys) stored with a phone number
            object.
        callback_url (None | str | Unset):
        did_group_sid (None | str | Unset):
        name (str | Unset):
        string_key_1 (None | str | Unset):
        string_key_2 (None | str | Unset):
    """

    attributes: PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    name: str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

        name = self.name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if name is not UNSET:
            field_dict["name"] = name
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        name = d.pop("name", UNSET)

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

        short_code_update = cls(
            attributes=attributes,
            callback_url=callback_url,
            did_group_sid=did_group_sid,
            name=name,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
        )

        short_code_update.additional_properties = d
        return short_code_update

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
