from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DidClassification")


@_attrs_define
class DidClassification:
    """A class of phone numbers, which sets for example how long a released number ages.

    Attributes:
        aging_policy (int | None | Unset): Minutes a released number stays in `aging` before it can be rented again.
        classification_sid (None | str | Unset): The DID classification secure ID.
        name (None | str | Unset): Human-readable classification name.
    """

    aging_policy: int | None | Unset = UNSET
    classification_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aging_policy: int | None | Unset
        if isinstance(self.aging_policy, Unset):
            aging_policy = UNSET
        else:
            aging_policy = self.aging_policy

        classification_sid: None | str | Unset
        if isinstance(self.classification_sid, Unset):
            classification_sid = UNSET
        else:
            classification_sid = self.classification_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aging_policy is not UNSET:
            field_dict["aging_policy"] = aging_policy
        if classification_sid is not UNSET:
            field_dict["classification_sid"] = classification_sid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_aging_policy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aging_policy = _parse_aging_policy(d.pop("aging_policy", UNSET))

        def _parse_classification_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_sid = _parse_classification_sid(d.pop("classification_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        did_classification = cls(
            aging_policy=aging_policy,
            classification_sid=classification_sid,
            name=name,
        )

        did_classification.additional_properties = d
        return did_classification

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
