from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_line_information_class_of_service import DidLineInformationClassOfService
from ..models.did_line_information_privacy import DidLineInformationPrivacy
from ..models.did_line_information_screening import DidLineInformationScreening
from ..types import UNSET, Unset

T = TypeVar("T", bound="DidLineInformationUpdate")


@_attrs_define
class DidLineInformationUpdate:
    """DID line information fields to change (PATCH).

    Attributes:
        caller_name (str | Unset):
        class_of_service (DidLineInformationClassOfService | Unset): The kind of establishment a line serves.
        enabled (bool | Unset):
        extended_business_name (str | Unset):
        extended_first_name (str | Unset):
        extended_last_name (str | Unset):
        privacy (DidLineInformationPrivacy | Unset): Whether the caller name is shown.
        screening (DidLineInformationScreening | Unset): Which kinds of calls the line accepts.
    """

    caller_name: str | Unset = UNSET
    class_of_service: DidLineInformationClassOfService | Unset = UNSET
    enabled: bool | Unset = UNSET
    extended_business_name: str | Unset = UNSET
    extended_first_name: str | Unset = UNSET
    extended_last_name: str | Unset = UNSET
    privacy: DidLineInformationPrivacy | Unset = UNSET
    screening: DidLineInformationScreening | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_name = self.caller_name

        class_of_service: str | Unset = UNSET
        if not isinstance(self.class_of_service, Unset):
            class_of_service = self.class_of_service.value

        enabled = self.enabled

        extended_business_name = self.extended_business_name

        extended_first_name = self.extended_first_name

        extended_last_name = self.extended_last_name

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.value

        screening: str | Unset = UNSET
        if not isinstance(self.screening, Unset):
            screening = self.screening.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if class_of_service is not UNSET:
            field_dict["class_of_service"] = class_of_service
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if extended_business_name is not UNSET:
            field_dict["extended_business_name"] = extended_business_name
        if extended_first_name is not UNSET:
            field_dict["extended_first_name"] = extended_first_name
        if extended_last_name is not UNSET:
            field_dict["extended_last_name"] = extended_last_name
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if screening is not UNSET:
            field_dict["screening"] = screening

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        caller_name = d.pop("caller_name", UNSET)

        _class_of_service = d.pop("class_of_service", UNSET)
        class_of_service: DidLineInformationClassOfService | Unset
        if isinstance(_class_of_service, Unset):
            class_of_service = UNSET
        else:
            class_of_service = DidLineInformationClassOfService(_class_of_service)

        enabled = d.pop("enabled", UNSET)

        extended_business_name = d.pop("extended_business_name", UNSET)

        extended_first_name = d.pop("extended_first_name", UNSET)

        extended_last_name = d.pop("extended_last_name", UNSET)

        _privacy = d.pop("privacy", UNSET)
        privacy: DidLineInformationPrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = DidLineInformationPrivacy(_privacy)

        _screening = d.pop("screening", UNSET)
        screening: DidLineInformationScreening | Unset
        if isinstance(_screening, Unset):
            screening = UNSET
        else:
            screening = DidLineInformationScreening(_screening)

        did_line_information_update = cls(
            caller_name=caller_name,
            class_of_service=class_of_service,
            enabled=enabled,
            extended_business_name=extended_business_name,
            extended_first_name=extended_first_name,
            extended_last_name=extended_last_name,
            privacy=privacy,
            screening=screening,
        )

        did_line_information_update.additional_properties = d
        return did_line_information_update

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
