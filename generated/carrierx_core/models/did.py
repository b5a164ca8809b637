from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_status import DidStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner
    from ..models.phonenumber_attributes import PhonenumberAttributes
    from ..models.phonenumber_transformation import PhonenumberTransformation


T = TypeVar("T", bound="Did")


@_attrs_define
class Did:
    """A phone number (DID) rented by, or rentable to, a partner.

    Attributes:
        active_capabilities (int | None | Unset): Enabled capabilities, same bitmask as `capabilities`; managed by the
            system.
        attributes (None | PhonenumberAttributes | Unset):
        callback_url (None | str | Unset): URL that receives SMS events for this number.
        campaign_sid (None | str | Unset): The 10DLC campaign linked to the number.
        capabilities (int | None | Unset): What the number supports, as a bitmask: 1 receive SMS, 2 send SMS, 4 voice, 8
            receive MMS, 16 send MMS (at most 31).
        classification_sid (None | str | Unset): The DID Classification of the number.
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code.
        did_group_sid (None | str | Unset): The DID group the number belongs to.
        did_sid (None | str | Unset): The DID secure ID.
        in_country_format (None | str | Unset): The number in national format.
        international_format (None | str | Unset): The number in international format.
        lata (None | str | Unset): Local Access and Transport Area code of the number.
        locality (None | str | Unset): City or locality of the number.
        lrn_sid (None | str | Unset): The Location Routing Number assigned to the number.
        name (None | str | Unset): A name for the number (`N/A` by default).
        ocn (None | str | Unset): Operating Company Number of the number's carrier.
        partner (None | Partner | Unset):
        partner_sid (None | str | Unset): The partner renting the number (`null` while available).
        phonenumber (None | str | Unset): The number in E.164 format without `+`; can be chosen when renting.
        porting_pin (None | str | Unset): PIN protecting the number against porting.
        price (None | str | Unset): Monthly price of the number.
        state (None | str | Unset): Two-letter state of the number.
        status (DidStatus | None | Unset):
        string_key_1 (None | str | Unset): A user-defined string key.
        string_key_2 (None | str | Unset): A user-defined string key.
        transformations (list[PhonenumberTransformation] | None | Unset):
        trunk_group_sid (None | str | Unset): The trunk group that routes calls for the number.
    """

    active_capabilities: int | None | Unset = UNSET
    attributes: None | PhonenumberAttributes | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    campaign_sid: None | str | Unset = UNSET
    capabilities: int | None | Unset = UNSET
    classification_sid: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    did_group_sid: None | str | Unset = UNSET
    did_sid: None | str | Unset = UNSET
    in_country_format: None | str | Unset = UNSET
    international_format: None | str | Unset = UNSET
    lata: None | str | Unset = UNSET
    locality: None | str | Unset = UNSET
    lrn_sid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    ocn: None | str | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    porting_pin: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    status: DidStatus | None | Unset = UNSET
    string_key_1: None | str | Unset = UNSET
    string_key_2: None | str | Unset = UNSET
    transformations: list[PhonenumberTransformation] | None | Unset = UNSET
    trunk_group_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415

        active_capabilities: int | None | Unset
        if isinstance(self.active_capabilities, Unset):
            active_capabilities = UNSET
        else:
            active_capabilities = self.active_capabilities

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

        campaign_sid: None | str | Unset
        if isinstance(self.campaign_sid, Unset):
            campaign_sid = UNSET
        else:
            campaign_sid = self.campaign_sid

        capabilities: int | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = self.capabilities

        classification_sid: None | str | Unset
        if isinstance(self.classification_sid, Unset):
            classification_sid = UNSET
        else:
            classification_sid = self.classification_sid

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

        did_sid: None | str | Unset
        if isinstance(self.did_sid, Unset):
            did_sid = UNSET
        else:
            did_sid = self.did_sid

        in_country_format: None | str | Unset
        if isinstance(self.in_country_format, Unset):
            in_country_format = UNSET
        else:
            in_country_format = self.in_country_format

        international_format: None | str | Unset
        if isinstance(self.international_format, Unset):
            international_format = UNSET
        else:
            international_format = self.international_format

        lata: None | str | Unset
        if isinstance(self.lata, Unset):
            lata = UNSET
        else:
            lata = self.lata

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

        ocn: None | str | Unset
        if isinstance(self.ocn, Unset):
            ocn = UNSET
        else:
            ocn = self.ocn

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

        phonenumber: None | str | Unset
        if isinstance(self.phonenumber, Unset):
            phonenumber = UNSET
        else:
            phonenumber = self.phonenumber

        porting_pin: None | str | Unset
        if isinstance(self.porting_pin, Unset):
            porting_pin = UNSET
        else:
            porting_pin = self.porting_pin

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DidStatus):
            status = self.status.value
        else:
            status = self.status

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

        transformations: list[dict[str, Any]] | None | Unset
        if isinstance(self.transformations, Unset):
            transformations = UNSET
        elif isinstance(self.transformations, list):
            transformations = []
            for transformations_type_0_item_data in self.transformations:
                transformations_type_0_item = transformations_type_0_item_data.to_dict()
                transformations.append(transformations_type_0_item)

        else:
            transformations = self.transformations

        trunk_group_sid: None | str | Unset
        if isinstance(self.trunk_group_sid, Unset):
            trunk_group_sid = UNSET
        else:
            trunk_group_sid = self.trunk_group_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_capabilities is not UNSET:
            field_dict["active_capabilities"] = active_capabilities
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if campaign_sid is not UNSET:
            field_dict["campaign_sid"] = campaign_sid
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if classification_sid is not UNSET:
            field_dict["classification_sid"] = classification_sid
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if did_group_sid is not UNSET:
            field_dict["did_group_sid"] = did_group_sid
        if did_sid is not UNSET:
            field_dict["did_sid"] = did_sid
        if in_country_format is not UNSET:
            field_dict["in_country_format"] = in_country_format
        if international_format is not UNSET:
            field_dict["international_format"] = international_format
        if lata is not UNSET:
            field_dict["lata"] = lata
        if locality is not UNSET:
            field_dict["locality"] = locality
        if lrn_sid is not UNSET:
            field_dict["lrn_sid"] = lrn_sid
        if name is not UNSET:
            field_dict["name"] = name
        if ocn is not UNSET:
            field_dict["ocn"] = ocn
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber
        if porting_pin is not UNSET:
            field_dict["porting_pin"] = porting_pin
        if price is not UNSET:
            field_dict["price"] = price
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if string_key_1 is not UNSET:
            field_dict["string_key_1"] = string_key_1
        if string_key_2 is not UNSET:
            field_dict["string_key_2"] = string_key_2
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if trunk_group_sid is not UNSET:
            field_dict["trunk_group_sid"] = trunk_group_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner import Partner  # noqa: PLC0415
        from ..models.phonenumber_attributes import PhonenumberAttributes  # noqa: PLC0415
        from ..models.phonenumber_transformation import PhonenumberTransformation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_active_capabilities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_capabilities = _parse_active_capabilities(d.pop("active_capabilities", UNSET))

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

        def _parse_campaign_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_sid = _parse_campaign_sid(d.pop("campaign_sid", UNSET))

        def _parse_capabilities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_classification_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_sid = _parse_classification_sid(d.pop("classification_sid", UNSET))

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

        def _parse_did_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        did_sid = _parse_did_sid(d.pop("did_sid", UNSET))

        def _parse_in_country_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_country_format = _parse_in_country_format(d.pop("in_country_format", UNSET))

        def _parse_international_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        international_format = _parse_international_format(d.pop("international_format", UNSET))

        def _parse_lata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lata = _parse_lata(d.pop("lata", UNSET))

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

        def _parse_ocn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ocn = _parse_ocn(d.pop("ocn", UNSET))

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

        def _parse_phonenumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber = _parse_phonenumber(d.pop("phonenumber", UNSET))

        def _parse_porting_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        porting_pin = _parse_porting_pin(d.pop("porting_pin", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_status(data: object) -> DidStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DidStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DidStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_transformations(data: object) -> list[PhonenumberTransformation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transformations_type_0 = []
                _transformations_type_0 = data
                for transformations_type_0_item_data in _transformations_type_0:
                    transformations_type_0_item = PhonenumberTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhonenumberTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_trunk_group_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid = _parse_trunk_group_sid(d.pop("trunk_group_sid", UNSET))

        did = cls(
            active_capabilities=active_capabilities,
            attributes=attributes,
            callback_url=callback_url,
            campaign_sid=campaign_sid,
            capabilities=capabilities,
            classification_sid=classification_sid,
            country_code=country_code,
            did_group_sid=did_group_sid,
            did_sid=did_sid,
            in_country_format=in_country_format,
            international_format=international_format,
            lata=lata,
            locality=locality,
            lrn_sid=lrn_sid,
            name=name,
            ocn=ocn,
            partner=partner,
            partner_sid=partner_sid,
            phonenumber=phonenumber,
            porting_pin=porting_pin,
            price=price,
            state=state,
            status=status,
            string_key_1=string_key_1,
            string_key_2=string_key_2,
            transformations=transformations,
            trunk_group_sid=trunk_group_sid,
        )

        did.additional_properties = d
        return did

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
