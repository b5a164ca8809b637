from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_notification_results import PushNotificationResults


T = TypeVar("T", bound="PushNotificationResult")


@_attrs_define
class PushNotificationResult:
    """Outcome of sending a notification.

    Attributes:
        failure (int | None | Unset): How many recipients failed.
        results (None | PushNotificationResults | Unset):
        success (int | None | Unset): How many recipients succeeded.
    """

    failure: int | None | Unset = UNSET
    results: None | PushNotificationResults | Unset = UNSET
    success: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.push_notification_results import PushNotificationResults  # noqa: PLC0415

        failure: int | None | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, PushNotificationResults):
            results = self.results.to_dict()
        else:
            results = self.results

        success: int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure is not UNSET:
            field_dict["failure"] = failure
        if results is not UNSET:
            field_dict["results"] = results
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.push_notification_results import PushNotificationResults  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_failure(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        def _parse_results(data: object) -> None | PushNotificationResults | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = PushNotificationResults.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PushNotificationResults | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_success(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        push_notification_result = cls(
            failure=failure,
            results=results,
            success=success,
        )

        push_notification_result.additional_properties = d
        return push_notification_result

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
