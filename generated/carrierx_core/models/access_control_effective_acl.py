from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_list import AccessControlList


T = TypeVar("T", bound="AccessControlEffectiveAcl")


@_attrs_define
class AccessControlEffectiveAcl:
    """The access control lists in force at one layer (partner, trunk group, trunk).

    Attributes:
        effective_acls (list[AccessControlList] | None | Unset):
        layer (int | None | Unset): Layer number; lists run from the top-level object down.
    """

    effective_acls: list[AccessControlList] | None | Unset = UNSET
    layer: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.effective_acls, Unset):
            effective_acls = UNSET
        elif isinstance(self.effective_acls, list):
            effective_acls = []
            for effective_acls_type_0_item_data in self.effective_acls:
                effective_acls_type_0_item = effective_acls_type_0_item_data.to_dict()
                effective_acls.append(effective_acls_type_0_item)

        else:
            effective_acls = self.effective_acls

        layer: int | None | Unset
        if isinstance(self.layer, Unset):
            layer = UNSET
        else:
            layer = self.layer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effective_acls is not UNSET:
            field_dict["effective_acls"] = effective_acls
        if layer is not UNSET:
            field_dict["layer"] = layer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_list import AccessControlList  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_effective_acls(data: object) -> list[AccessControlList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                effective_acls_type_0 = []
                _effective_acls_type_0 = data
                for effective_acls_type_0_item_data in _effective_acls_type_0:
                    effective_acls_type_0_item = AccessControlList.from_dict(effective_acls_type_0_item_data)

                    effective_acls_type_0.append(effective_acls_type_0_item)

                return effective_acls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessControlList] | None | Unset, data)

        effective_acls = _parse_effective_acls(d.pop("effective_acls", UNSET))

        def _parse_layer(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layer = _parse_layer(d.pop("layer", UNSET))

        access_control_effective_acl = cls(
            effective_acls=effective_acls,
            layer=layer,
        )

        access_control_effective_acl.additional_properties = d
        return access_control_effective_acl

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
