from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_line_information_class_of_service import DidLineInformationClassOfService
from ..models.did_line_information_privacy import DidLineInformationPrivacy
from ..models.did_line_information_screening import DidLineInformationScreening
from ..types import UNSET, Unset

T = TypeVar("T", bound="DidLineInformation")


@_attrs_define
class DidLineInformation:
    """Caller-ID (CNAM) and line presentation data of a DID. The feature is enabled by CarrierX support.

    Attributes:
        caller_name (None | str | Unset): Name shown to the called party.
        class_of_service (DidLineInformationClassOfService | None | Unset): Defaults to `none`.
        enabled (bool | None | Unset): When false no record is kept in the central CNAM registry; fields stay editable.
        extended_business_name (None | str | Unset):
        extended_first_name (None | str | Unset):
        extended_last_name (None | str | Unset):
        privacy (DidLineInformationPrivacy | None | Unset): Defaults to `public`.
        screening (DidLineInformationScreening | None | Unset): Defaults to `block_third_number_collect`.
    """

    caller_name: None | str | Unset = UNSET
    class_of_service: DidLineInformationClassOfService | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    extended_business_name: None | str | Unset = UNSET
    extended_first_name: None | str | Unset = UNSET
    extended_last_name: None | str | Unset = UNSET
    privacy: DidLineInformationPrivacy | None | Unset = UNSET
    screening: DidLineInformationScreening | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_name: None | str | Unset
        if isinstance(self.caller_name, Unset):
            caller_name = UNSET
        else:
            caller_name = self.caller_name

        class_of_service: None | str | Unset
        if isinstance(self.class_of_service, Unset):
            class_of_service = UNSET
        elif isinstance(self.class_of_service, DidLineInformationClassOfService):
            class_of_service = self.class_of_service.value
        else:
            class_of_service = self.class_of_service

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        extended_business_name: None | str | Unset
        if isinstance(self.extended_business_name, Unset):
            extended_business_name = UNSET
        else:
            extended_business_name = self.extended_business_name

        extended_first_name: None | str | Unset
        if isinstance(self.extended_first_name, Unset):
            extended_first_name = UNSET
        else:
            extended_first_name = self.extended_first_name

        extended_last_name: None | str | Unset
        if isinstance(self.extended_last_name, Unset):
            extended_last_name = UNSET
        else:
            extended_last_name = self.extended_last_name

        privacy: None | str | Unset
        if isinstance(self.privacy, Unset):
            privacy = UNSET
        elif isinstance(self.privacy, DidLineInformationPrivacy):
            privacy = self.privacy.value
        else:
            privacy = self.privacy

        screening: None | str | Unset
        if isinstance(self.screening, Unset):
            screening = UNSET
        elif isinstance(self.screening, DidLineInformationScreening):
            screening = self.screening.value
        else:
            screening = self.screening

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

        def _parse_caller_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_name = _parse_caller_name(d.pop("caller_name", UNSET))

        def _parse_class_of_service(data: object) -> DidLineInformationClassOfService | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                class_of_service_type_0 = DidLineInformationClassOfService(data)

                return class_of_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DidLineInformationClassOfService | None | Unset, data)

        class_of_service = _parse_class_of_service(d.pop("class_of_service", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_extended_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extended_business_name = _parse_extended_business_name(d.pop("extended_business_name", UNSET))

        def _parse_extended_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extended_first_name = _parse_extended_first_name(d.pop("extended_first_name", UNSET))

        def _parse_extended_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extended_last_name = _parse_extended_last_name(d.pop("extended_last_name", UNSET))

        def _parse_privacy(data: object) -> DidLineInformationPrivacy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                privacy_type_0 = DidLineInformationPrivacy(data)

                return privacy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DidLineInformationPrivacy | None | Unset, data)

        privacy = _parse_privacy(d.pop("privacy", UNSET))

        def _parse_screening(data: object) -> DidLineInformationScreening | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                screening_type_0 = DidLineInformationScreening(data)

                return screening_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DidLineInformationScreening | None | Unset, data)

        screening = _parse_screening(d.pop("screening", UNSET))

        did_line_information = cls(
            caller_name=caller_name,
            class_of_service=class_of_service,
            enabled=enabled,
            extended_business_name=extended_business_name,
            extended_first_name=extended_first_name,
            extended_last_name=extended_last_name,
            privacy=privacy,
            screening=screening,
        )

        did_line_information.additional_properties = d
        return did_line_information

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
