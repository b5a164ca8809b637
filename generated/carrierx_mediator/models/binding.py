from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binding_attributes import BindingAttributes
    from ..models.binding_redirect_did_info import BindingRedirectDidInfo


T = TypeVar("T", bound="Binding")


@_attrs_define
class Binding:
    """A forwarding rule: calls to the redirect DID (optionally only from one caller) go to the destination.

    Attributes:
        account_sid (None | str | Unset): Account SID.
        attributes (BindingAttributes | None | Unset): Built-in and custom options of the binding.
        binding_sid (None | str | Unset): Binding SID.
        date_created (datetime.datetime | None | Unset): When the binding was created.
        destination_did (None | str | Unset): Number the call is forwarded to, E.164.
        dtmf (None | str | Unset): Digits sent after the destination answers; each comma waits 0.5 s.
        maximum_ttl (int | None | Unset): Seconds the binding stays active (default 3600; -1 never expires).
        name (None | str | Unset): Friendly name (default `N/A`).
        origination_did (None | str | Unset): Only calls from this number use the binding; any caller when empty. E.164.
        redirect_did (None | str | Unset): DID of the endpoint that receives the call and forwards it.
        redirect_did_info (BindingRedirectDidInfo | None | Unset): The redirect DID in several formats.
        wait_origination_did_ttl (int | None | Unset): Seconds value seen in samples (300, -1); meaning not documented
            in the stored excerpt.
    """

    account_sid: None | str | Unset = UNSET
    attributes: BindingAttributes | None | Unset = UNSET
    binding_sid: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    destination_did: None | str | Unset = UNSET
    dtmf: None | str | Unset = UNSET
    maximum_ttl: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    origination_did: None | str | Unset = UNSET
    redirect_did: None | str | Unset = UNSET
    redirect_did_info: BindingRedirectDidInfo | None | Unset = UNSET
    wait_origination_did_ttl: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.binding_attributes import BindingAttributes  # noqa: PLC0415
        from ..models.binding_redirect_did_info import BindingRedirectDidInfo  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, BindingAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        binding_sid: None | str | Unset
        if isinstance(self.binding_sid, Unset):
            binding_sid = UNSET
        else:
            binding_sid = self.binding_sid

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        destination_did: None | str | Unset
        if isinstance(self.destination_did, Unset):
            destination_did = UNSET
        else:
            destination_did = self.destination_did

        dtmf: None | str | Unset
        if isinstance(self.dtmf, Unset):
            dtmf = UNSET
        else:
            dtmf = self.dtmf

        maximum_ttl: int | None | Unset
        if isinstance(self.maximum_ttl, Unset):
            maximum_ttl = UNSET
        else:
            maximum_ttl = self.maximum_ttl

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        origination_did: None | str | Unset
        if isinstance(self.origination_did, Unset):
            origination_did = UNSET
        else:
            origination_did = self.origination_did

        redirect_did: None | str | Unset
        if isinstance(self.redirect_did, Unset):
            redirect_did = UNSET
        else:
            redirect_did = self.redirect_did

        redirect_did_info: dict[str, Any] | None | Unset
        if isinstance(self.redirect_did_info, Unset):
            redirect_did_info = UNSET
        elif isinstance(self.redirect_did_info, BindingRedirectDidInfo):
            redirect_did_info = self.redirect_did_info.to_dict()
        else:
            redirect_did_info = self.redirect_did_info

        wait_origination_did_ttl: int | None | Unset
        if isinstance(self.wait_origination_did_ttl, Unset):
            wait_origination_did_ttl = UNSET
        else:
            wait_origination_did_ttl = self.wait_origination_did_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if binding_sid is not UNSET:
            field_dict["binding_sid"] = binding_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if destination_did is not UNSET:
            field_dict["destination_did"] = destination_did
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

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_attributes(data: object) -> BindingAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = BindingAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BindingAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_binding_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        binding_sid = _parse_binding_sid(d.pop("binding_sid", UNSET))

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

        def _parse_destination_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_did = _parse_destination_did(d.pop("destination_did", UNSET))

        def _parse_dtmf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dtmf = _parse_dtmf(d.pop("dtmf", UNSET))

        def _parse_maximum_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_ttl = _parse_maximum_ttl(d.pop("maximum_ttl", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_origination_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origination_did = _parse_origination_did(d.pop("origination_did", UNSET))

        def _parse_redirect_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_did = _parse_redirect_did(d.pop("redirect_did", UNSET))

        def _parse_redirect_did_info(data: object) -> BindingRedirectDidInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redirect_did_info_type_0 = BindingRedirectDidInfo.from_dict(data)

                return redirect_did_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BindingRedirectDidInfo | None | Unset, data)

        redirect_did_info = _parse_redirect_did_info(d.pop("redirect_did_info", UNSET))

        def _parse_wait_origination_did_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_origination_did_ttl = _parse_wait_origination_did_ttl(d.pop("wait_origination_did_ttl", UNSET))

        binding = cls(
            account_sid=account_sid,
            attributes=attributes,
            binding_sid=binding_sid,
            date_created=date_created,
            destination_did=destination_did,
            dtmf=dtmf,
            maximum_ttl=maximum_ttl,
            name=name,
            origination_did=origination_did,
            redirect_did=redirect_did,
            redirect_did_info=redirect_did_info,
            wait_origination_did_ttl=wait_origination_did_ttl,
        )

        binding.additional_properties = d
        return binding

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
