from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_review_method import BatchReviewMethod
from ..models.batch_task_type import BatchTaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_review_item import BatchReviewItem


T = TypeVar("T", bound="BatchReview")


@_attrs_define
class BatchReview:
    """The objects a batch task would change (Batch Review Response object).

    Attributes:
        method (BatchReviewMethod | None | Unset):
        review_items (list[BatchReviewItem] | None | Unset):
        type_ (BatchTaskType | None | Unset):
    """

    method: BatchReviewMethod | None | Unset = UNSET
    review_items: list[BatchReviewItem] | None | Unset = UNSET
    type_: BatchTaskType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, BatchReviewMethod):
            method = self.method.value
        else:
            method = self.method

        review_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.review_items, Unset):
            review_items = UNSET
        elif isinstance(self.review_items, list):
            review_items = []
            for review_items_type_0_item_data in self.review_items:
                review_items_type_0_item = review_items_type_0_item_data.to_dict()
                review_items.append(review_items_type_0_item)

        else:
            review_items = self.review_items

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BatchTaskType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if review_items is not UNSET:
            field_dict["review_items"] = review_items
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_review_item import BatchReviewItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_method(data: object) -> BatchReviewMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = BatchReviewMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchReviewMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_review_items(data: object) -> list[BatchReviewItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                review_items_type_0 = []
                _review_items_type_0 = data
                for review_items_type_0_item_data in _review_items_type_0:
                    review_items_type_0_item = BatchReviewItem.from_dict(review_items_type_0_item_data)

                    review_items_type_0.append(review_items_type_0_item)

                return review_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchReviewItem] | None | Unset, data)

        review_items = _parse_review_items(d.pop("review_items", UNSET))

        def _parse_type_(data: object) -> BatchTaskType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = BatchTaskType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchTaskType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        batch_review = cls(
            method=method,
            review_items=review_items,
            type_=type_,
        )

        batch_review.additional_properties = d
        return batch_review

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
