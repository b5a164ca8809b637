from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binding_attributes import BindingAttributes
    from ..models.binding_redirect_did_info import BindingRedirectDidInfo


T = TypeVar("T", bound="BindingCreate")


@_attrs_define
class BindingCreate:
    """A binding to create. Without `redirect_did`, CarrierX picks a free DID of the endpoint.

    Attributes:
        destination_did (str):
        attributes (BindingAttributes | Unset): Options of a binding as string key/value pairs: built-in keys plus any
            custom ones.
        dtmf (str | Unset):
        maximum_ttl (int | Unset):
        name (str | Unset):
        origination_did (str | Unset):
        redirect_did (str | Unset):
        redirect_did_info (BindingRedirectDidInfo | Unset): The redirect DID of a binding in several formats, filled in
            by CarrierX.
        wait_origination_did_ttl (int | Unset):
    """

    destination_did: str
    attributes: BindingAttributes | Unset = UNSET
    dtmf: str | Unset = UNSET
    maximum_ttl: int | Unset = UNSET
    name: str | Unset = UNSET
    origination_did: str | Unset = UNSET
    redirect_did: str | Unset = UNSET
    redirect_did_info: BindingRedirectDidInfo | Unset = UNSET
    wait_origination_did_ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_did = self.destination_did

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        dtmf = self.dtmf

        maximum_ttl = self.maximum_ttl

        name = self.name

        origination_did = self.origination_did

        redirect_did = self.redirect_did

        redirect_did_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_did_info, Unset):
            redirect_did_info = self.redirect_did_info.to_dict()

        wait_origination_did_ttl = self.wait_origination_did_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_did": destination_did,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if maximum_ttl is not UNSET:
            field_dict["maximum_ttl"] = maximum_ttl
        if name is not UNSET:
            field_dict["name"] = name
        if origination_did is not UNSET:
            field_dict["origination_did"] = origination_did
        if redirect_did is not UNSET:
            field_dict["redirect_did"] = redirect_did
        if redirect_did_info is not UNSET:
            field_dict["redirect_did_info"] = redirect_did_info
        if wait_origination_did_ttl is not UNSET:
            field_dict["wait_origination_did_ttl"] = wait_origination_did_ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.binding_attributes import BindingAttributes  # noqa: PLC0415
        from ..models.binding_redirect_did_info import BindingRedirectDidInfo  # noqa: PLC0415

        d = dict(src_dict)
        destination_did = d.pop("destination_did")

        _attributes = d.pop("attributes", UNSET)
        attributes: BindingAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = BindingAttributes.from_dict(_attributes)

        dtmf = d.pop("dtmf", UNSET)

        maximum_ttl = d.pop("maximum_ttl", UNSET)

        name = d.pop("name", UNSET)

        origination_did = d.pop("origination_did", UNSET)

        redirect_did = d.pop("redirect_did", UNSET)

        _redirect_did_info = d.pop("redirect_did_info", UNSET)
        redirect_did_info: BindingRedirectDidInfo | Unset
        if isinstance(_redirect_did_info, Unset):
            redirect_did_info = UNSET
        else:
            redirect_did_info = BindingRedirectDidInfo.from_dict(_redirect_did_info)

        wait_origination_did_ttl = d.pop("wait_origination_did_ttl", UNSET)

        binding_create = cls(
            destination_did=destination_did,
            attributes=attributes,
            dtmf=dtmf,
            maximum_ttl=maximum_ttl,
            name=name,
            origination_did=origination_did,
            redirect_did=redirect_did,
            redirect_did_info=redirect_did_info,
            wait_origination_did_ttl=wait_origination_did_ttl,
        )

        binding_create.additional_properties = d
        return binding_create

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
