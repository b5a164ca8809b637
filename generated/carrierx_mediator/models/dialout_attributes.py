from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialoutAttributes")


@_attrs_define
class DialoutAttributes:
    """Options of a dialout as string key/value pairs: built-in keys plus any custom ones.

    Attributes:
        announce (None | str | Unset): Audio file (.wav or .mp3) played to the first party before bridging.
        cnam (None | str | Unset): Caller name for the outbound calls.
        hide_origination_did (None | str | Unset): String flag seen in samples (`"true"`).
        ringback (None | str | Unset): String flag seen in samples (`"false"`).
    """

    announce: None | str | Unset = UNSET
    cnam: None | str | Unset = UNSET
    hide_origination_did: None | str | Unset = UNSET
    ringback: None | str | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        announce: None | str | Unset
        if isinstance(self.announce, Unset):
            announce = UNSET
        else:
            announce = self.announce

        cnam: None | str | Unset
        if isinstance(self.cnam, Unset):
            cnam = UNSET
        else:
            cnam = self.cnam

        hide_origination_did: None | str | Unset
        if isinstance(self.hide_origination_did, Unset):
            hide_origination_did = UNSET
        else:
            hide_origination_did = self.hide_origination_did

        ringback: None | str | Unset
        if isinstance(self.ringback, Unset):
            ringback = UNSET
        else:
            ringback = self.ringback

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if announce is not UNSET:
            field_dict["announce"] = announce
        if cnam is not UNSET:
            field_dict["cnam"] = cnam
        if hide_origination_did is not UNSET:
            field_dict["hide_origination_did"] = hide_origination_did
        if ringback is not UNSET:
            field_dict["ringback"] = ringback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_announce(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        announce = _parse_announce(d.pop("announce", UNSET))

        def _parse_cnam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cnam = _parse_cnam(d.pop("cnam", UNSET))

        def _parse_hide_origination_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hide_origination_did = _parse_hide_origination_did(d.pop("hide_origination_did", UNSET))

        def _parse_ringback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ringback = _parse_ringback(d.pop("ringback", UNSET))

        dialout_attributes = cls(
            announce=announce,
            cnam=cnam,
            hide_origination_did=hide_origination_did,
            ringback=ringback,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        dialout_attributes.additional_properties = additional_properties
        return dialout_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
