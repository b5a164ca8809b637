from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting_key import MeetingKey


T = TypeVar("T", bound="MeetingKeyList")


@_attrs_define
class MeetingKeyList:
    """
    Attributes:
        last (int | None | Unset): Paging marker returned by v1 (0 in the only sample); meaning not documented.
        offset (int | None | Unset): How many items were skipped.
        total (int | None | Unset): All matching items.
        keychain (list[MeetingKey] | None | Unset):
    """

    last: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    keychain: list[MeetingKey] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last: int | None | Unset
        if isinstance(self.last, Unset):
            last = UNSET
        else:
            last = self.last

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        keychain: list[dict[str, Any]] | None | Unset
        if isinstance(self.keychain, Unset):
            keychain = UNSET
        elif isinstance(self.keychain, list):
            keychain = []
            for keychain_type_0_item_data in self.keychain:
                keychain_type_0_item = keychain_type_0_item_data.to_dict()
                keychain.append(keychain_type_0_item)

        else:
            keychain = self.keychain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last is not UNSET:
            field_dict["last"] = last
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if keychain is not UNSET:
            field_dict["keychain"] = keychain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_key import MeetingKey  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_last(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last = _parse_last(d.pop("last", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_keychain(data: object) -> list[MeetingKey] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keychain_type_0 = []
                _keychain_type_0 = data
                for keychain_type_0_item_data in _keychain_type_0:
                    keychain_type_0_item = MeetingKey.from_dict(keychain_type_0_item_data)

                    keychain_type_0.append(keychain_type_0_item)

                return keychain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeetingKey] | None | Unset, data)

        keychain = _parse_keychain(d.pop("keychain", UNSET))

        meeting_key_list = cls(
            last=last,
            offset=offset,
            total=total,
            keychain=keychain,
        )

        meeting_key_list.additional_properties = d
        return meeting_key_list

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
