from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner
    from ..models.phonenumber_attributes import PhonenumberAttributes


T = TypeVar("T", bound="ShortCode")


@_attrs_define
class ShortCode:
    """A short code assigned to a partner (short codes are created by CarrierX support).

    Attributes:
        attributes (None | PhonenumberAttributes | Unset):
        callback_url (None | str | Unset): Callback URL.
        country_code (None | str | Unset): Country of the short code.
        did_group_sid (None | str | Unset): The DID group of the short code.
        locality (None | str | Unset): Region of the short code.
        lrn_sid (None | str | Unset): The Location Routing Number assigned to the short code.
        name (None | str | Unset): The short code name.
        partner (None | Partner | Unset):
        partner_sid (None | str | Unset): The owning partner.
        short_code (None | str | Unset): The short code value.
        short_code_sid (None | str | Unset): The short code secure ID.
        state (None | str | Unset): State of the short code.
        string_key_1 (None | str | Unset): A user-defined string key.
        string_key_2 (None | str | Unset): A user-defined string key.
    """

    attributes: None | PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    locality: None | str | Unset = UNSET
    lrn_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    short_code: None | str | Unset = UNSET
    short_code_sid: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, PhonenumberAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        did_group_sid: None | str | Unset
        if isinstance(self.did_group_sid, Unset):
            did_group_sid = UNSET
        else:
            did_group_sid = self.did_group_sid

        locality: None | str | Unset
        if isinstance(self.locality, Unset):
            locality = UNSET
        else:
            locality = self.locality

        lrn_sid: None | str | Unset
        if isinstance(self.lrn_sid, Unset):
            lrn_sid = UNSET
        else:
            lrn_sid = self.lrn_sid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        short_code: None | str | Unset
        if isinstance(self.short_code, Unset):
            short_code = UNSET
        else:
            short_code = self.short_code

        short_code_sid: None | str | Unset
        if isinstance(self.short_code_sid, Unset):
            short_code_sid = UNSET
        else:
            short_code_sid = self.short_code_sid

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if locality is not UNSET:
            field_dict["locality"] = locality
        if lrn_sid is not UNSET:
            field_dict["lrn_sid"] = lrn_sid
        if name is not UNSET:
            field_dict["name"] = name
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if short_code is not UNSET:
            field_dict["short_code"] = short_code
        if short_code_sid is not UNSET:
            field_dict["short_code_sid"] = short_code_sid
        if state is not UNSET:
            field_dict["state"] = state
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> None | PhonenumberAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PhonenumberAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhonenumberAttributes | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_did_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_group_sid = _parse_did_group_sid(d.pop("did_group_sid", UNSET))

        def _parse_locality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locality = _parse_locality(d.pop("locality", UNSET))

        def _parse_lrn_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lrn_sid = _parse_lrn_sid(d.pop("lrn_sid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_short_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_code = _parse_short_code(d.pop("short_code", UNSET))

        def _parse_short_code_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_code_sid = _parse_short_code_sid(d.pop("short_code_sid", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

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

        short_code = cls(
            attributes=attributes,
            callback_url=callback_url,
            country_code=country_code,
            did_group_sid=did_group_sid,
            locality=locality,
            lrn_sid=lrn_sid,
            name=name,
            partner=partner,
            partner_sid=partner_sid,
            short_code=short_code,
            short_code_sid=short_code_sid,
            state=state,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
        )

        short_code.additional_properties = d
        return short_code

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
