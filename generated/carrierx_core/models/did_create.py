from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_status import DidStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phonenumber_attributes import PhonenumberAttributes
    from ..models.phonenumber_transformation import PhonenumberTransformation


T = TypeVar("T", bound="DidCreate")


@_attrs_define
class DidCreate:
    """What may be sent to rent a DID. Every field is optional; an empty object rents the first available number.

    Attributes:
        phonenumber (str | Unset): The specific number to rent.
        attributes (PhonenumberAttributes | Unset): Free-form custom attributes (string keys) stored with a phone number
            object.
        callback_url (None | str | Unset):
        did_group_sid (None | str | Unset):
        name (str | Unset):
        porting_pin (None | str | Unset):
        string_key_1 (None | str | Unset):
        string_key_2 (None | str | Unset):
        transformations (list[PhonenumberTransformation] | Unset):
        trunk_group_sid (None | str | Unset):
        lrn_sid (str | Unset): The Location Routing Number assigned to the number.
        ocn (str | Unset): Operating Company Number of the number's carrier.
        partner_sid (str | Unset): The partner renting the number (`null` while available).
        price (str | Unset): Monthly price of the number.
        state (str | Unset): Two-letter state of the number.
        status (DidStatus | Unset): Where a phone number is in its life cycle.
    """

    phonenumber: str | Unset = UNSET
    attributes: PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    name: str | Unset = UNSET
    porting_pin: None | str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    transformations: list[PhonenumberTransformation] | Unset = UNSET
    trunk_group_sid: None | str | Unset = UNSET
    lrn_sid: str | Unset = UNSET
    ocn: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    price: str | Unset = UNSET
    state: str | Unset = UNSET
    status: DidStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phonenumber = self.phonenumber

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

        name = self.name

        porting_pin: None | str | Unset
        if isinstance(self.porting_pin, Unset):
            porting_pin = UNSET
        else:
            porting_pin = self.porting_pin

        string_key_1: None | str | Unset
        if isinstance(self.string_key_1, Unset):
            string_key_1 = UNSET
        else:
            string_key_1 = self.string_key_1

        string_key_2: None | str | Unset
        if isinstance(self.string_key_2, Unset):
            string_key_2 = UNSET
        else:
            string_key_2 = self.string_key_2

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        trunk_group_sid: None | str | Unset
        if isinstance(self.trunk_group_sid, Unset):
            trunk_group_sid = UNSET
        else:
            trunk_group_sid = self.trunk_group_sid

        lrn_sid = self.lrn_sid

        ocn = self.ocn

        partner_sid = self.partner_sid

        price = self.price

        state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if name is not UNSET:
            field_dict["name"] = name
        if porting_pin is not UNSET:
            field_dict["porting_pin"] = porting_pin
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if trunk_group_sid is not UNSET:
            field_dict["trunk_group_sid"] = trunk_group_sid
        if lrn_sid is not UNSET:
            field_dict["lrn_sid"] = lrn_sid
        if ocn is not UNSET:
            field_dict["ocn"] = ocn
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if price is not UNSET:
            field_dict["price"] = price
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415
        from ..models.phonenumber_transformation import PhonenumberTransformation  # noqa: PLC0415

        d = dict(src_dict)
        phonenumber = d.pop("phonenumber", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: PhonenumberAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PhonenumberAttributes.from_dict(_attributes)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        name = d.pop("name", UNSET)

        def _parse_porting_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        porting_pin = _parse_porting_pin(d.pop("porting_pin", UNSET))

        def _parse_string_key_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_1 = _parse_string_key_1(d.pop("string_key_1", UNSET))

        def _parse_string_key_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_key_2 = _parse_string_key_2(d.pop("string_key_2", UNSET))

        _transformations = d.pop("transformations", UNSET)
        transformations: list[PhonenumberTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = PhonenumberTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        def _parse_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid = _parse_trunk_group_sid(d.pop("trunk_group_sid", UNSET))

        lrn_sid = d.pop("lrn_sid", UNSET)

        ocn = d.pop("ocn", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        price = d.pop("price", UNSET)

        state = d.pop("state", UNSET)

        _status = d.pop("status", UNSET)
        status: DidStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DidStatus(_status)

        did_create = cls(
            phonenumber=phonenumber,
            attributes=attributes,
            callback_url=callback_url,
            did_group_sid=did_group_sid,
            name=name,
            porting_pin=porting_pin,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            transformations=transformations,
            trunk_group_sid=trunk_group_sid,
            lrn_sid=lrn_sid,
            ocn=ocn,
            partner_sid=partner_sid,
            price=price,
            state=state,
            status=status,
        )

        did_create.additional_properties = d
        return did_create

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
