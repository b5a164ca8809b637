from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dialout_attributes import DialoutAttributes


T = TypeVar("T", bound="Dialout")


@_attrs_define
class Dialout:
    """A two-stage call: the redirect DID calls the first number, then the second, and bridges them. It is removed once the
    call is set up.

        Attributes:
            account_sid (None | str | Unset): Account SID.
            attributes (DialoutAttributes | None | Unset): Built-in and custom options of the dialout.
            date_created (datetime.datetime | None | Unset): When the dialout was created.
            delay (int | None | Unset): Seconds to wait before dialling (default 0).
            dialout_sid (None | str | Unset): Dialout SID.
            redirect_did (None | str | Unset): DID of the endpoint that places both calls.
            stage_one_destination_did (None | str | Unset): Number called first.
            stage_two_destination_did (None | str | Unset): Number called once the first answers.
    """

    account_sid: None | str | Unset = UNSET
    attributes: DialoutAttributes | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    delay: int | None | Unset = UNSET
    dialout_sid: None | str | Unset = UNSET
    redirect_did: None | str | Unset = UNSET
    stage_one_destination_did: None | str | Unset = UNSET
    stage_two_destination_did: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dialout_attributes import DialoutAttributes  # noqa: PLC0415

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, DialoutAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        delay: int | None | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        dialout_sid: None | str | Unset
        if isinstance(self.dialout_sid, Unset):
            dialout_sid = UNSET
        else:
            dialout_sid = self.dialout_sid

        redirect_did: None | str | Unset
        if isinstance(self.redirect_did, Unset):
            redirect_did = UNSET
        else:
            redirect_did = self.redirect_did

        stage_one_destination_did: None | str | Unset
        if isinstance(self.stage_one_destination_did, Unset):
            stage_one_destination_did = UNSET
        else:
            stage_one_destination_did = self.stage_one_destination_did

        stage_two_destination_did: None | str | Unset
        if isinstance(self.stage_two_destination_did, Unset):
            stage_two_destination_did = UNSET
        else:
            stage_two_destination_did = self.stage_two_destination_did

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if delay is not UNSET:
            field_dict["delay"] = delay
        if dialout_sid is not UNSET:
            field_dict["dialout_sid"] = dialout_sid
        if redirect_did is not UNSET:
            field_dict["redirect_did"] = redirect_did
        if stage_one_destination_did is not UNSET:
            field_dict["stage_one_destination_did"] = stage_one_destination_did
        if stage_two_destination_did is not UNSET:
            field_dict["stage_two_destination_did"] = stage_two_destination_did

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialout_attributes import DialoutAttributes  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_attributes(data: object) -> DialoutAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = DialoutAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialoutAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

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

        def _parse_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

        def _parse_dialout_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialout_sid = _parse_dialout_sid(d.pop("dialout_sid", UNSET))

        def _parse_redirect_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_did = _parse_redirect_did(d.pop("redirect_did", UNSET))

        def _parse_stage_one_destination_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage_one_destination_did = _parse_stage_one_destination_did(d.pop("stage_one_destination_did", UNSET))

        def _parse_stage_two_destination_did(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage_two_destination_did = _parse_stage_two_destination_did(d.pop("stage_two_destination_did", UNSET))

        dialout = cls(
            account_sid=account_sid,
            attributes=attributes,
            date_created=date_created,
            delay=delay,
            dialout_sid=dialout_sid,
            redirect_did=redirect_did,
            stage_one_destination_did=stage_one_destination_did,
            stage_two_destination_did=stage_two_destination_did,
        )

        dialout.additional_properties = d
        return dialout

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
