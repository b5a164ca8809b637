from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_payment_type import PartnerPaymentType
from ..models.partner_status import PartnerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_list import AccessControlList
    from ..models.partner_attributes import PartnerAttributes
    from ..models.partner_callbacks import PartnerCallbacks
    from ..models.partner_transformation import PartnerTransformation


T = TypeVar("T", bound="Partner")


@_attrs_define
class Partner:
    """A CarrierX account (partner or sub-partner).

    Attributes:
        acls (list[AccessControlList] | None | Unset): Access control lists set on the partner itself.
        address1 (None | str | Unset):
        address2 (None | str | Unset):
        attributes (None | PartnerAttributes | Unset):
        available_scopes (list[str] | None | Unset): Scopes the partner may use.
        balance (None | str | Unset): Current balance.
        billing_email (None | str | Unset): Billing address(es), comma-separated; owner_email is used when empty.
        callbacks (None | PartnerCallbacks | Unset):
        charge_at (None | str | Unset): Prepay balance at which the account is charged.
        city (None | str | Unset):
        company_name (None | str | Unset):
        country_code (None | str | Unset): ISO 3166-1 alpha-3 country code.
        daily_spending_limit (None | str | Unset): Maximum spend per day.
        daily_spent_amount (None | str | Unset): Amount spent today.
        date_created (datetime.datetime | None | Unset):
        display_id (None | str | Unset): Partner display ID.
        login (None | str | Unset): Login for the portal and Core API.
        name (None | str | Unset):
        owner_email (None | str | Unset): Primary e-mail address (shown once verified).
        parent_assigned_acls (list[AccessControlList] | None | Unset): Access control lists assigned by the parent
            partner.
        parent_sid (None | str | Unset): Parent partner secure ID.
        partner_sid (None | str | Unset): Partner secure ID.
        payment_type (None | PartnerPaymentType | Unset):
        phonenumber (None | str | Unset):
        prepay_amount (None | str | Unset): Amount charged when a prepay account is topped up.
        spending_limit (None | str | Unset): Spending limit.
        state (None | str | Unset):
        status (None | PartnerStatus | Unset):
        tech_email (None | str | Unset): Technical contact e-mail (shown once verified).
        transformations (list[PartnerTransformation] | None | Unset):
        zip_ (None | str | Unset):
    """

    acls: list[AccessControlList] | None | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    attributes: None | PartnerAttributes | Unset = UNSET
    available_scopes: list[str] | None | Unset = UNSET
    balance: None | str | Unset = UNSET
    billing_email: None | str | Unset = UNSET
    callbacks: None | PartnerCallbacks | Unset = UNSET
    charge_at: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    daily_spending_limit: None | str | Unset = UNSET
    daily_spent_amount: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    display_id: None | str | Unset = UNSET
    login: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner_email: None | str | Unset = UNSET
    parent_assigned_acls: list[AccessControlList] | None | Unset = UNSET
    parent_sid: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    payment_type: None | PartnerPaymentType | Unset = UNSET
    phonenumber: None | str | Unset = UNSET
    prepay_amount: None | str | Unset = UNSET
    spending_limit: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    status: None | PartnerStatus | Unset = UNSET
    tech_email: None | str | Unset = UNSET
    transformations: list[PartnerTransformation] | None | Unset = UNSET
    zip_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partner_attributes import PartnerAttributes  # noqa: PLC0415
        from ..models.partner_callbacks import PartnerCallbacks  # noqa: PLC0415

        acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.acls, Unset):
            acls = UNSET
        elif isinstance(self.acls, list):
            acls = []
            for acls_type_0_item_data in self.acls:
                acls_type_0_item = acls_type_0_item_data.to_dict()
                acls.append(acls_type_0_item)

        else:
            acls = self.acls

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, PartnerAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        available_scopes: list[str] | None | Unset
        if isinstance(self.available_scopes, Unset):
            available_scopes = UNSET
        elif isinstance(self.available_scopes, list):
            available_scopes = self.available_scopes

        else:
            available_scopes = self.available_scopes

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        callbacks: dict[str, Any] | None | Unset
        if isinstance(self.callbacks, Unset):
            callbacks = UNSET
        elif isinstance(self.callbacks, PartnerCallbacks):
            callbacks = self.callbacks.to_dict()
        else:
            callbacks = self.callbacks

        charge_at: None | str | Unset
        if isinstance(self.charge_at, Unset):
            charge_at = UNSET
        else:
            charge_at = self.charge_at

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        daily_spending_limit: None | str | Unset
        if isinstance(self.daily_spending_limit, Unset):
            daily_spending_limit = UNSET
        else:
            daily_spending_limit = self.daily_spending_limit

        daily_spent_amount: None | str | Unset
        if isinstance(self.daily_spent_amount, Unset):
            daily_spent_amount = UNSET
        else:
            daily_spent_amount = self.daily_spent_amount

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        display_id: None | str | Unset
        if isinstance(self.display_id, Unset):
            display_id = UNSET
        else:
            display_id = self.display_id

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner_email: None | str | Unset
        if isinstance(self.owner_email, Unset):
            owner_email = UNSET
        else:
            owner_email = self.owner_email

        parent_assigned_acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.parent_assigned_acls, Unset):
            parent_assigned_acls = UNSET
        elif isinstance(self.parent_assigned_acls, list):
            parent_assigned_acls = []
            for parent_assigned_acls_type_0_item_data in self.parent_assigned_acls:
                parent_assigned_acls_type_0_item = parent_assigned_acls_type_0_item_data.to_dict()
                parent_assigned_acls.append(parent_assigned_acls_type_0_item)

        else:
            parent_assigned_acls = self.parent_assigned_acls

        parent_sid: None | str | Unset
        if isinstance(self.parent_sid, Unset):
            parent_sid = UNSET
        else:
            parent_sid = self.parent_sid

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        payment_type: None | str | Unset
        if isinstance(self.payment_type, Unset):
            payment_type = UNSET
        elif isinstance(self.payment_type, PartnerPaymentType):
            payment_type = self.payment_type.value
        else:
            payment_type = self.payment_type

        phonenumber: None | str | Unset
        if isinstance(self.phonenumber, Unset):
            phonenumber = UNSET
        else:
            phonenumber = self.phonenumber

        prepay_amount: None | str | Unset
        if isinstance(self.prepay_amount, Unset):
            prepay_amount = UNSET
        else:
            prepay_amount = self.prepay_amount

        spending_limit: None | str | Unset
        if isinstance(self.spending_limit, Unset):
            spending_limit = UNSET
        else:
            spending_limit = self.spending_limit

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PartnerStatus):
            status = self.status.value
        else:
            status = self.status

        tech_email: None | str | Unset
        if isinstance(self.tech_email, Unset):
            tech_email = UNSET
        else:
            tech_email = self.tech_email

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

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
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
        if available_scopes is not UNSET:
            field_dict["available_scopes"] = available_scopes
        if balance is not UNSET:
            field_dict["balance"] = balance
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
        if daily_spent_amount is not UNSET:
            field_dict["daily_spent_amount"] = daily_spent_amount
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if display_id is not UNSET:
            field_dict["display_id"] = display_id
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
        from ..models.access_control_list import AccessControlList  # noqa: PLC0415
        from ..models.partner_attributes import PartnerAttributes  # noqa: PLC0415
        from ..models.partner_callbacks import PartnerCallbacks  # noqa: PLC0415
        from ..models.partner_transformation import PartnerTransformation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acls(data: object) -> list[AccessControlList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acls_type_0 = []
                _acls_type_0 = data
                for acls_type_0_item_data in _acls_type_0:
                    acls_type_0_item = AccessControlList.from_dict(acls_type_0_item_data)

                    acls_type_0.append(acls_type_0_item)

                return acls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessControlList] | None | Unset, data)

        acls = _parse_acls(d.pop("acls", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_attributes(data: object) -> None | PartnerAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = PartnerAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerAttributes | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_available_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_scopes_type_0 = cast(list[str], data)

                return available_scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        available_scopes = _parse_available_scopes(d.pop("available_scopes", UNSET))

        def _parse_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_billing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_email = _parse_billing_email(d.pop("billing_email", UNSET))

        def _parse_callbacks(data: object) -> None | PartnerCallbacks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                callbacks_type_0 = PartnerCallbacks.from_dict(data)

                return callbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerCallbacks | Unset, data)

        callbacks = _parse_callbacks(d.pop("callbacks", UNSET))

        def _parse_charge_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_at = _parse_charge_at(d.pop("charge_at", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_daily_spending_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        daily_spending_limit = _parse_daily_spending_limit(d.pop("daily_spending_limit", UNSET))

        def _parse_daily_spent_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        daily_spent_amount = _parse_daily_spent_amount(d.pop("daily_spent_amount", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_display_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_id = _parse_display_id(d.pop("display_id", UNSET))

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_email = _parse_owner_email(d.pop("owner_email", UNSET))

        def _parse_parent_assigned_acls(data: object) -> list[AccessControlList] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parent_assigned_acls_type_0 = []
                _parent_assigned_acls_type_0 = data
                for parent_assigned_acls_type_0_item_data in _parent_assigned_acls_type_0:
                    parent_assigned_acls_type_0_item = AccessControlList.from_dict(
                        parent_assigned_acls_type_0_item_data
                    )

                    parent_assigned_acls_type_0.append(parent_assigned_acls_type_0_item)

                return parent_assigned_acls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessControlList] | None | Unset, data)

        parent_assigned_acls = _parse_parent_assigned_acls(d.pop("parent_assigned_acls", UNSET))

        def _parse_parent_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_sid = _parse_parent_sid(d.pop("parent_sid", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_payment_type(data: object) -> None | PartnerPaymentType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_type_type_0 = PartnerPaymentType(data)

                return payment_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerPaymentType | Unset, data)

        payment_type = _parse_payment_type(d.pop("payment_type", UNSET))

        def _parse_phonenumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phonenumber = _parse_phonenumber(d.pop("phonenumber", UNSET))

        def _parse_prepay_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prepay_amount = _parse_prepay_amount(d.pop("prepay_amount", UNSET))

        def _parse_spending_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spending_limit = _parse_spending_limit(d.pop("spending_limit", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_status(data: object) -> None | PartnerStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PartnerStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartnerStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_tech_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tech_email = _parse_tech_email(d.pop("tech_email", UNSET))

        def _parse_transformations(data: object) -> list[PartnerTransformation] | None | Unset:
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
                    transformations_type_0_item = PartnerTransformation.from_dict(transformations_type_0_item_data)

                    transformations_type_0.append(transformations_type_0_item)

                return transformations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PartnerTransformation] | None | Unset, data)

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        partner = cls(
            acls=acls,
            address1=address1,
            address2=address2,
            attributes=attributes,
            available_scopes=available_scopes,
            balance=balance,
            billing_email=billing_email,
            callbacks=callbacks,
            charge_at=charge_at,
            city=city,
            company_name=company_name,
            country_code=country_code,
            daily_spending_limit=daily_spending_limit,
            daily_spent_amount=daily_spent_amount,
            date_created=date_created,
            display_id=display_id,
            login=login,
            name=name,
            owner_email=owner_email,
            parent_assigned_acls=parent_assigned_acls,
            parent_sid=parent_sid,
            partner_sid=partner_sid,
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

        partner.additional_properties = d
        return partner

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
