from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialout_attributes import DialoutAttributes


T = TypeVar("T", bound="DialoutCreate")


@_attrs_define
class DialoutCreate:
    """A dialout to create; a `delay` above 0 schedules it. The three numbers must not be used together by another live
    dialout.

        Attributes:
            stage_one_destination_did (str):
            stage_two_destination_did (str):
            attributes (DialoutAttributes | Unset): Options of a dialout as string key/value pairs: built-in keys plus any
                custom ones.
            delay (int | Unset):
            redirect_did (str | Unset):
    """

    stage_one_destination_did: str
    stage_two_destination_did: str
    attributes: DialoutAttributes | Unset = UNSET
    delay: int | Unset = UNSET
    redirect_did: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage_one_destination_did = self.stage_one_destination_did

        stage_two_destination_did = self.stage_two_destination_did

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        delay = self.delay

        redirect_did = self.redirect_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage_one_destination_did": stage_one_destination_did,
                "stage_two_destination_did": stage_two_destination_did,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if delay is not UNSET:
            field_dict["delay"] = delay
        if redirect_did is not UNSET:
            field_dict["redirect_did"] = redirect_did

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialout_attributes import DialoutAttributes  # noqa: PLC0415

        d = dict(src_dict)
        stage_one_destination_did = d.pop("stage_one_destination_did")

        stage_two_destination_did = d.pop("stage_two_destination_did")

        _attributes = d.pop("attributes", UNSET)
        attributes: DialoutAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DialoutAttributes.from_dict(_attributes)

        delay = d.pop("delay", UNSET)

        redirect_did = d.pop("redirect_did", UNSET)

        dialout_create = cls(
            stage_one_destination_did=stage_one_destination_did,
            stage_two_destination_did=stage_two_destination_did,
            attributes=attributes,
            delay=delay,
            redirect_did=redirect_did,
        )

        dialout_create.additional_properties = d
        return dialout_create

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
