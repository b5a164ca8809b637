from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_mediator_call_attributes import AppMediatorCallAttributes


T = TypeVar("T", bound="AppMediatorCall")


@_attrs_define
class AppMediatorCall:
    """The detail record of one call through a Mediator endpoint (App DR Mediator).

    Attributes:
        attributes (AppMediatorCallAttributes | None | Unset):
        date_insert (datetime.datetime | None | Unset):
        date_start (datetime.datetime | None | Unset):
        date_stop (datetime.datetime | None | Unset):
        date_talk (datetime.datetime | None | Unset):
        direction (None | str | Unset): Call direction (sample `outbound`).
        dr_sid (None | str | Unset): Secure ID of the record.
        dtmf (None | str | Unset): DTMF digits sent during the call.
        duration (None | str | Unset): Call length in seconds.
        endpoint_sid (None | str | Unset):
        endpoint_type (None | str | Unset): Endpoint type (sample `mediator`).
        event_type (None | str | Unset): Mediator event type (sample `dialout`).
        number_dst (None | str | Unset):
        number_redirect (None | str | Unset):
        number_src (None | str | Unset):
        partner_sid (None | str | Unset):
        reference_sid (None | str | Unset): Secure ID of the binding or dialout.
        type_ (None | str | Unset): Record type (sample `mediator`).
        version (int | None | Unset): Version of the record at its source.
    """

    attributes: AppMediatorCallAttributes | None | Unset = UNSET
    date_insert: datetime.datetime | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_stop: datetime.datetime | None | Unset = UNSET
    date_talk: datetime.datetime | None | Unset = UNSET
    direction: None | str | Unset = UNSET
    dr_sid: None | str | Unset = UNSET
    dtmf: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    endpoint_sid: None | str | Unset = UNSET
    endpoint_type: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    number_dst: None | str | Unset = UNSET
    number_redirect: None | str | Unset = UNSET
    number_src: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    reference_sid: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_mediator_call_attributes import AppMediatorCallAttributes  # noqa: PLC0415

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, AppMediatorCallAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        date_insert: None | str | Unset
        if isinstance(self.date_insert, Unset):
            date_insert = UNSET
        elif isinstance(self.date_insert, datetime.datetime):
            date_insert = self.date_insert.isoformat()
        else:
            date_insert = self.date_insert

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.datetime):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_stop: None | str | Unset
        if isinstance(self.date_stop, Unset):
            date_stop = UNSET
        elif isinstance(self.date_stop, datetime.datetime):
            date_stop = self.date_stop.isoformat()
        else:
            date_stop = self.date_stop

        date_talk: None | str | Unset
        if isinstance(self.date_talk, Unset):
            date_talk = UNSET
        elif isinstance(self.date_talk, datetime.datetime):
            date_talk = self.date_talk.isoformat()
        else:
            date_talk = self.date_talk

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        dr_sid: None | str | Unset
        if isinstance(self.dr_sid, Unset):
            dr_sid = UNSET
        else:
            dr_sid = self.dr_sid

        dtmf: None | str | Unset
        if isinstance(self.dtmf, Unset):
            dtmf = UNSET
        else:
            dtmf = self.dtmf

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        endpoint_sid: None | str | Unset
        if isinstance(self.endpoint_sid, Unset):
            endpoint_sid = UNSET
        else:
            endpoint_sid = self.endpoint_sid

        endpoint_type: None | str | Unset
        if isinstance(self.endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = self.endpoint_type

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        number_dst: None | str | Unset
        if isinstance(self.number_dst, Unset):
            number_dst = UNSET
        else:
            number_dst = self.number_dst

        number_redirect: None | str | Unset
        if isinstance(self.number_redirect, Unset):
            number_redirect = UNSET
        else:
            number_redirect = self.number_redirect

        number_src: None | str | Unset
        if isinstance(self.number_src, Unset):
            number_src = UNSET
        else:
            number_src = self.number_src

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        reference_sid: None | str | Unset
        if isinstance(self.reference_sid, Unset):
            reference_sid = UNSET
        else:
            reference_sid = self.reference_sid

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if date_insert is not UNSET:
            field_dict["date_insert"] = date_insert
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_stop is not UNSET:
            field_dict["date_stop"] = date_stop
        if date_talk is not UNSET:
            field_dict["date_talk"] = date_talk
        if direction is not UNSET:
            field_dict["direction"] = direction
        if dr_sid is not UNSET:
            field_dict["dr_sid"] = dr_sid
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if duration is not UNSET:
            field_dict["duration"] = duration
        if endpoint_sid is not UNSET:
            field_dict["endpoint_sid"] = endpoint_sid
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if number_dst is not UNSET:
            field_dict["number_dst"] = number_dst
        if number_redirect is not UNSET:
            field_dict["number_redirect"] = number_redirect
        if number_src is not UNSET:
            field_dict["number_src"] = number_src
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if reference_sid is not UNSET:
            field_dict["reference_sid"] = reference_sid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_mediator_call_attributes import AppMediatorCallAttributes  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_attributes(data: object) -> AppMediatorCallAttributes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = AppMediatorCallAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppMediatorCallAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_date_insert(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_insert_type_0 = datetime.datetime.fromisoformat(data)

                return date_insert_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_insert = _parse_date_insert(d.pop("date_insert", UNSET))

        def _parse_date_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_start_type_0 = datetime.datetime.fromisoformat(data)

                return date_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_stop_type_0 = datetime.datetime.fromisoformat(data)

                return date_stop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_stop = _parse_date_stop(d.pop("date_stop", UNSET))

        def _parse_date_talk(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_talk_type_0 = datetime.datetime.fromisoformat(data)

                return date_talk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_talk = _parse_date_talk(d.pop("date_talk", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_dr_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dr_sid = _parse_dr_sid(d.pop("dr_sid", UNSET))

        def _parse_dtmf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dtmf = _parse_dtmf(d.pop("dtmf", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_endpoint_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid = _parse_endpoint_sid(d.pop("endpoint_sid", UNSET))

        def _parse_endpoint_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_type = _parse_endpoint_type(d.pop("endpoint_type", UNSET))

        def _parse_event_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_number_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst = _parse_number_dst(d.pop("number_dst", UNSET))

        def _parse_number_redirect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_redirect = _parse_number_redirect(d.pop("number_redirect", UNSET))

        def _parse_number_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src = _parse_number_src(d.pop("number_src", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_reference_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_sid = _parse_reference_sid(d.pop("reference_sid", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        app_mediator_call = cls(
            attributes=attributes,
            date_insert=date_insert,
            date_start=date_start,
            date_stop=date_stop,
            date_talk=date_talk,
            direction=direction,
            dr_sid=dr_sid,
            dtmf=dtmf,
            duration=duration,
            endpoint_sid=endpoint_sid,
            endpoint_type=endpoint_type,
            event_type=event_type,
            number_dst=number_dst,
            number_redirect=number_redirect,
            number_src=number_src,
            partner_sid=partner_sid,
            reference_sid=reference_sid,
            type_=type_,
            version=version,
        )

        app_mediator_call.additional_properties = d
        return app_mediator_call

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
