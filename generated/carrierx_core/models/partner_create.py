from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_payment_type import PartnerPaymentType
from ..models.partner_status import PartnerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_list_input import AccessControlListInput
    from ..models.partner_attributes import PartnerAttributes
    from ..models.partner_callbacks_input import PartnerCallbacksInput
    from ..models.partner_transformation import PartnerTransformation


T = TypeVar("T", bound="PartnerCreate")


@_attrs_define
class PartnerCreate:
    """Fields for a new partner (sub-partner).

    Attributes:
        acls (list[AccessControlListInput] | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        attributes (PartnerAttributes | Unset): Free-form partner attributes.
        billing_email (str | Unset):
        callbacks (PartnerCallbacksInput | Unset): Callback URLs by event type, as sent in a request.
        charge_at (float | Unset):
        city (str | Unset):
        company_name (str | Unset):
        country_code (str | Unset):
        daily_spending_limit (float | Unset):
        login (str | Unset):
        name (str | Unset):
        owner_email (str | Unset):
        parent_assigned_acls (list[AccessControlListInput] | Unset):
        parent_sid (str | Unset): Parent partner secure ID (the sample sends an empty string).
        partner_sid (str | Unset): Partner secure ID.
        password (str | Unset): Password for the new login.
        payment_type (PartnerPaymentType | Unset): How the partner pays.
        phonenumber (str | Unset):
        prepay_amount (float | str | Unset):
        spending_limit (float | Unset):
        state (str | Unset):
        status (PartnerStatus | Unset): Partner account status.
        tech_email (str | Unset):
        transformations (list[PartnerTransformation] | Unset):
        zip_ (str | Unset):
    """

    acls: list[AccessControlListInput] | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    attributes: PartnerAttributes | Unset = UNSET
    billing_email: str | Unset = UNSET
    callbacks: PartnerCallbacksInput | Unset = UNSET
    charge_at: float | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    daily_spending_limit: float | Unset = UNSET
    login: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_email: str | Unset = UNSET
    parent_assigned_acls: list[AccessControlListInput] | Unset = UNSET
    parent_sid: str | Unset = UNSET
    partner_sid: str | Unset = UNSET
    password: str | Unset = UNSET
    payment_type: PartnerPaymentType | Unset = UNSET
    phonenumber: str | Unset = UNSET
    prepay_amount: float | str | Unset = UNSET
    spending_limit: float | Unset = UNSET
    state: str | Unset = UNSET
    status: PartnerStatus | Unset = UNSET
    tech_email: str | Unset = UNSET
    transformations: list[PartnerTransformation] | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = []
            for acls_item_data in self.acls:
                acls_item = acls_item_data.to_dict()
                acls.append(acls_item)

        address1 = self.address1

        address2 = self.address2

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        billing_email = self.billing_email

        callbacks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callbacks, Unset):
            callbacks = self.callbacks.to_dict()

        charge_at = self.charge_at

        city = self.city

        company_name = self.company_name

        country_code = self.country_code

        daily_spending_limit = self.daily_spending_limit

        login = self.login

        name = self.name

        owner_email = self.owner_email

        parent_assigned_acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parent_assigned_acls, Unset):
            parent_assigned_acls = []
            for parent_assigned_acls_item_data in self.parent_assigned_acls:
                parent_assigned_acls_item = parent_assigned_acls_item_data.to_dict()
                parent_assigned_acls.append(parent_assigned_acls_item)

        parent_sid = self.parent_sid

        partner_sid = self.partner_sid

        password = self.password

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        phonenumber = self.phonenumber

        prepay_amount: float | str | Unset
        if isinstance(self.prepay_amount, Unset):
            prepay_amount = UNSET
        else:
            prepay_amount = self.prepay_amount

        spending_limit = self.spending_limit

        state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tech_email = self.tech_email

        transformations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformations, Unset):
            transformations = []
            for transformations_item_data in self.transformations:
                transformations_item = transformations_item_data.to_dict()
                transformations.append(transformations_item)

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acls is not UNSET:
            field_dict["acls"] = acls
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if callbacks is not UNSET:
            field_dict["callbacks"] = callbacks
        if charge_at is not UNSET:
            field_dict["charge_at"] = charge_at
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if daily_spending_limit is not UNSET:
            field_dict["daily_spending_limit"] = daily_spending_limit
        if login is not UNSET:
            field_dict["login"] = login
        if name is not UNSET:
            field_dict["name"] = name
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if parent_assigned_acls is not UNSET:
            field_dict["parent_assigned_acls"] = parent_assigned_acls
        if parent_sid is not UNSET:
            field_dict["parent_sid"] = parent_sid
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if password is not UNSET:
            field_dict["password"] = password
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if phonenumber is not UNSET:
            field_dict["phonenumber"] = phonenumber
        if prepay_amount is not UNSET:
            field_dict["prepay_amount"] = prepay_amount
        if spending_limit is not UNSET:
            field_dict["spending_limit"] = spending_limit
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if tech_email is not UNSET:
            field_dict["tech_email"] = tech_email
        if transformations is not UNSET:
            field_dict["transformations"] = transformations
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_list_input import AccessControlListInput  # noqa: PLC0415
        from ..models.partner_attributes import PartnerAttributes  # noqa: PLC0415
        from ..models.partner_callbacks_input import PartnerCallbacksInput  # noqa: PLC0415
        from ..models.partner_transformation import PartnerTransformation  # noqa: PLC0415

        d = dict(src_dict)
        _acls = d.pop("acls", UNSET)
        acls: list[AccessControlListInput] | Unset = UNSET
        if _acls is not UNSET:
            acls = []
            for acls_item_data in _acls:
                acls_item = AccessControlListInput.from_dict(acls_item_data)

                acls.append(acls_item)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: PartnerAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = PartnerAttributes.from_dict(_attributes)

        billing_email = d.pop("billing_email", UNSET)

        _callbacks = d.pop("callbacks", UNSET)
        callbacks: PartnerCallbacksInput | Unset
        if isinstance(_callbacks, Unset):
            callbacks = UNSET
        else:
            callbacks = PartnerCallbacksInput.from_dict(_callbacks)

        charge_at = d.pop("charge_at", UNSET)

        city = d.pop("city", UNSET)

        company_name = d.pop("company_name", UNSET)

        country_code = d.pop("country_code", UNSET)

        daily_spending_limit = d.pop("daily_spending_limit", UNSET)

        login = d.pop("login", UNSET)

        name = d.pop("name", UNSET)

        owner_email = d.pop("owner_email", UNSET)

        _parent_assigned_acls = d.pop("parent_assigned_acls", UNSET)
        parent_assigned_acls: list[AccessControlListInput] | Unset = UNSET
        if _parent_assigned_acls is not UNSET:
            parent_assigned_acls = []
            for parent_assigned_acls_item_data in _parent_assigned_acls:
                parent_assigned_acls_item = AccessControlListInput.from_dict(parent_assigned_acls_item_data)

                parent_assigned_acls.append(parent_assigned_acls_item)

        parent_sid = d.pop("parent_sid", UNSET)

        partner_sid = d.pop("partner_sid", UNSET)

        password = d.pop("password", UNSET)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: PartnerPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = PartnerPaymentType(_payment_type)

        phonenumber = d.pop("phonenumber", UNSET)

        def _parse_prepay_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        prepay_amount = _parse_prepay_amount(d.pop("prepay_amount", UNSET))

        spending_limit = d.pop("spending_limit", UNSET)

        state = d.pop("state", UNSET)

        _status = d.pop("status", UNSET)
        status: PartnerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PartnerStatus(_status)

        tech_email = d.pop("tech_email", UNSET)

        _transformations = d.pop("transformations", UNSET)
        transformations: list[PartnerTransformation] | Unset = UNSET
        if _transformations is not UNSET:
            transformations = []
            for transformations_item_data in _transformations:
                transformations_item = PartnerTransformation.from_dict(transformations_item_data)

                transformations.append(transformations_item)

        zip_ = d.pop("zip", UNSET)

        partner_create = cls(
            acls=acls,
            address1=address1,
            address2=address2,
            attributes=attributes,
            billing_email=billing_email,
            callbacks=callbacks,
            charge_at=charge_at,
            city=city,
            company_name=company_name,
            country_code=country_code,
            daily_spending_limit=daily_spending_limit,
            login=login,
            name=name,
            owner_email=owner_email,
            parent_assigned_acls=parent_assigned_acls,
            parent_sid=parent_sid,
            partner_sid=partner_sid,
            password=password,
            payment_type=payment_type,
            phonenumber=phonenumber,
            prepay_amount=prepay_amount,
            spending_limit=spending_limit,
            state=state,
            status=status,
            tech_email=tech_email,
            transformations=transformations,
            zip_=zip_,
        )

        partner_create.additional_properties = d
        return partner_create

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
