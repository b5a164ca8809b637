from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_detail_record_direction import CallDetailRecordDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallDetailRecord")


@_attrs_define
class CallDetailRecord:
    """The detail record of one call that went through CarrierX.

    Attributes:
        cic (None | str | Unset): Current Carrier Identification Code.
        cic_original (None | str | Unset): CIC before transformations.
        cic_transformed (None | str | Unset): CIC after transformations.
        codec_dst (None | str | Unset): Codec on the destination leg.
        codec_src (None | str | Unset): Codec on the source leg.
        date_insert (datetime.datetime | None | Unset): When the record was stored.
        date_start (datetime.datetime | None | Unset): When the call started.
        date_stop (datetime.datetime | None | Unset): When the call ended.
        date_talk (datetime.datetime | None | Unset): When the call was answered.
        direction (CallDetailRecordDirection | None | Unset):
        disconnect_originator (None | str | Unset): Which side ended the call (sample `DST`).
        diversion_dst (None | str | Unset): Destination diversion header.
        diversion_src (None | str | Unset): Source diversion header.
        dr_sid (None | str | Unset): Secure ID of the record.
        duration (None | str | Unset): Call length in seconds (`date_stop` minus `date_start`).
        duration_billing (None | str | Unset): Seconds billed.
        endpoint_sid_dst (None | str | Unset): Destination endpoint (the System Gateway for external numbers).
        endpoint_sid_src (None | str | Unset): Source endpoint (the System Gateway for external numbers).
        identity (None | str | Unset): The real calling number, from PAI or RPID.
        ip_dst (None | str | Unset): Destination IP address (may carry a port).
        ip_src (None | str | Unset): Source IP address.
        number_billing (None | str | Unset):
        number_dst (None | str | Unset):
        number_dst_original (None | str | Unset):
        number_dst_transformed (None | str | Unset):
        number_external (None | str | Unset):
        number_src (None | str | Unset):
        number_src_original (None | str | Unset):
        number_src_transformed (None | str | Unset):
        partner_sid (None | str | Unset): Secure ID of the owning partner.
        price (None | str | Unset): Price of the call.
        price_lcr_dst (None | str | Unset):
        price_lcr_src (None | str | Unset):
        rate (None | str | Unset): Rate applied to the call.
        rate_lcr_dst (None | str | Unset):
        rate_lcr_src (None | str | Unset):
        sipcallid_dst (None | str | Unset):
        sipcallid_src (None | str | Unset):
        sipcause (None | str | Unset): Final SIP cause code (a string such as `200`).
        stir_attest (None | str | Unset): STIR/SHAKEN attestation level.
        stir_identity (None | str | Unset): STIR identity flag (the sample sends the string `false`).
        stir_orig_id (None | str | Unset):
        stir_signing_entity (None | str | Unset):
        stir_verstat (None | str | Unset):
        transcoded (bool | None | Unset): Whether media was transcoded.
        trunk_group_sid_dst (None | str | Unset): Destination trunk group.
        trunk_group_sid_src (None | str | Unset): Source trunk group.
    """

    cic: None | str | Unset = UNSET
    cic_original: None | str | Unset = UNSET
    cic_transformed: None | str | Unset = UNSET
    codec_dst: None | str | Unset = UNSET
    codec_src: None | str | Unset = UNSET
    date_insert: datetime.datetime | None | Unset = UNSET
    date_start: datetime.datetime | None | Unset = UNSET
    date_stop: datetime.datetime | None | Unset = UNSET
    date_talk: datetime.datetime | None | Unset = UNSET
    direction: CallDetailRecordDirection | None | Unset = UNSET
    disconnect_originator: None | str | Unset = UNSET
    diversion_dst: None | str | Unset = UNSET
    diversion_src: None | str | Unset = UNSET
    dr_sid: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    duration_billing: None | str | Unset = UNSET
    endpoint_sid_dst: None | str | Unset = UNSET
    endpoint_sid_src: None | str | Unset = UNSET
    identity: None | str | Unset = UNSET
    ip_dst: None | str | Unset = UNSET
    ip_src: None | str | Unset = UNSET
    number_billing: None | str | Unset = UNSET
    number_dst: None | str | Unset = UNSET
    number_dst_original: None | str | Unset = UNSET
    number_dst_transformed: None | str | Unset = UNSET
    number_external: None | str | Unset = UNSET
    number_src: None | str | Unset = UNSET
    number_src_original: None | str | Unset = UNSET
    number_src_transformed: None | str | Unset = UNSET
    partner_sid: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    price_lcr_dst: None | str | Unset = UNSET
    price_lcr_src: None | str | Unset = UNSET
    rate: None | str | Unset = UNSET
    rate_lcr_dst: None | str | Unset = UNSET
    rate_lcr_src: None | str | Unset = UNSET
    sipcallid_dst: None | str | Unset = UNSET
    sipcallid_src: None | str | Unset = UNSET
    sipcause: None | str | Unset = UNSET
    stir_attest: None | str | Unset = UNSET
    stir_identity: None | str | Unset = UNSET
    stir_orig_id: None | str | Unset = UNSET
    stir_signing_entity: None | str | Unset = UNSET
    stir_verstat: None | str | Unset = UNSET
    transcoded: bool | None | Unset = UNSET
    trunk_group_sid_dst: None | str | Unset = UNSET
    trunk_group_sid_src: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cic: None | str | Unset
        if isinstance(self.cic, Unset):
            cic = UNSET
        else:
            cic = self.cic

        cic_original: None | str | Unset
        if isinstance(self.cic_original, Unset):
            cic_original = UNSET
        else:
            cic_original = self.cic_original

        cic_transformed: None | str | Unset
        if isinstance(self.cic_transformed, Unset):
            cic_transformed = UNSET
        else:
            cic_transformed = self.cic_transformed

        codec_dst: None | str | Unset
        if isinstance(self.codec_dst, Unset):
            codec_dst = UNSET
        else:
            codec_dst = self.codec_dst

        codec_src: None | str | Unset
        if isinstance(self.codec_src, Unset):
            codec_src = UNSET
        else:
            codec_src = self.codec_src

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
        elif isinstance(self.direction, CallDetailRecordDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        disconnect_originator: None | str | Unset
        if isinstance(self.disconnect_originator, Unset):
            disconnect_originator = UNSET
        else:
            disconnect_originator = self.disconnect_originator

        diversion_dst: None | str | Unset
        if isinstance(self.diversion_dst, Unset):
            diversion_dst = UNSET
        else:
            diversion_dst = self.diversion_dst

        diversion_src: None | str | Unset
        if isinstance(self.diversion_src, Unset):
            diversion_src = UNSET
        else:
            diversion_src = self.diversion_src

        dr_sid: None | str | Unset
        if isinstance(self.dr_sid, Unset):
            dr_sid = UNSET
        else:
            dr_sid = self.dr_sid

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_billing: None | str | Unset
        if isinstance(self.duration_billing, Unset):
            duration_billing = UNSET
        else:
            duration_billing = self.duration_billing

        endpoint_sid_dst: None | str | Unset
        if isinstance(self.endpoint_sid_dst, Unset):
            endpoint_sid_dst = UNSET
        else:
            endpoint_sid_dst = self.endpoint_sid_dst

        endpoint_sid_src: None | str | Unset
        if isinstance(self.endpoint_sid_src, Unset):
            endpoint_sid_src = UNSET
        else:
            endpoint_sid_src = self.endpoint_sid_src

        identity: None | str | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        else:
            identity = self.identity

        ip_dst: None | str | Unset
        if isinstance(self.ip_dst, Unset):
            ip_dst = UNSET
        else:
            ip_dst = self.ip_dst

        ip_src: None | str | Unset
        if isinstance(self.ip_src, Unset):
            ip_src = UNSET
        else:
            ip_src = self.ip_src

        number_billing: None | str | Unset
        if isinstance(self.number_billing, Unset):
            number_billing = UNSET
        else:
            number_billing = self.number_billing

        number_dst: None | str | Unset
        if isinstance(self.number_dst, Unset):
            number_dst = UNSET
        else:
            number_dst = self.number_dst

        number_dst_original: None | str | Unset
        if isinstance(self.number_dst_original, Unset):
            number_dst_original = UNSET
        else:
            number_dst_original = self.number_dst_original

        number_dst_transformed: None | str | Unset
        if isinstance(self.number_dst_transformed, Unset):
            number_dst_transformed = UNSET
        else:
            number_dst_transformed = self.number_dst_transformed

        number_external: None | str | Unset
        if isinstance(self.number_external, Unset):
            number_external = UNSET
        else:
            number_external = self.number_external

        number_src: None | str | Unset
        if isinstance(self.number_src, Unset):
            number_src = UNSET
        else:
            number_src = self.number_src

        number_src_original: None | str | Unset
        if isinstance(self.number_src_original, Unset):
            number_src_original = UNSET
        else:
            number_src_original = self.number_src_original

        number_src_transformed: None | str | Unset
        if isinstance(self.number_src_transformed, Unset):
            number_src_transformed = UNSET
        else:
            number_src_transformed = self.number_src_transformed

        partner_sid: None | str | Unset
        if isinstance(self.partner_sid, Unset):
            partner_sid = UNSET
        else:
            partner_sid = self.partner_sid

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_lcr_dst: None | str | Unset
        if isinstance(self.price_lcr_dst, Unset):
            price_lcr_dst = UNSET
        else:
            price_lcr_dst = self.price_lcr_dst

        price_lcr_src: None | str | Unset
        if isinstance(self.price_lcr_src, Unset):
            price_lcr_src = UNSET
        else:
            price_lcr_src = self.price_lcr_src

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        rate_lcr_dst: None | str | Unset
        if isinstance(self.rate_lcr_dst, Unset):
            rate_lcr_dst = UNSET
        else:
            rate_lcr_dst = self.rate_lcr_dst

        rate_lcr_src: None | str | Unset
        if isinstance(self.rate_lcr_src, Unset):
            rate_lcr_src = UNSET
        else:
            rate_lcr_src = self.rate_lcr_src

        sipcallid_dst: None | str | Unset
        if isinstance(self.sipcallid_dst, Unset):
            sipcallid_dst = UNSET
        else:
            sipcallid_dst = self.sipcallid_dst

        sipcallid_src: None | str | Unset
        if isinstance(self.sipcallid_src, Unset):
            sipcallid_src = UNSET
        else:
            sipcallid_src = self.sipcallid_src

        sipcause: None | str | Unset
        if isinstance(self.sipcause, Unset):
            sipcause = UNSET
        else:
            sipcause = self.sipcause

        stir_attest: None | str | Unset
        if isinstance(self.stir_attest, Unset):
            stir_attest = UNSET
        else:
            stir_attest = self.stir_attest

        stir_identity: None | str | Unset
        if isinstance(self.stir_identity, Unset):
            stir_identity = UNSET
        else:
            stir_identity = self.stir_identity

        stir_orig_id: None | str | Unset
        if isinstance(self.stir_orig_id, Unset):
            stir_orig_id = UNSET
        else:
            stir_orig_id = self.stir_orig_id

        stir_signing_entity: None | str | Unset
        if isinstance(self.stir_signing_entity, Unset):
            stir_signing_entity = UNSET
        else:
            stir_signing_entity = self.stir_signing_entity

        stir_verstat: None | str | Unset
        if isinstance(self.stir_verstat, Unset):
            stir_verstat = UNSET
        else:
            stir_verstat = self.stir_verstat

        transcoded: bool | None | Unset
        if isinstance(self.transcoded, Unset):
            transcoded = UNSET
        else:
            transcoded = self.transcoded

        trunk_group_sid_dst: None | str | Unset
        if isinstance(self.trunk_group_sid_dst, Unset):
            trunk_group_sid_dst = UNSET
        else:
            trunk_group_sid_dst = self.trunk_group_sid_dst

        trunk_group_sid_src: None | str | Unset
        if isinstance(self.trunk_group_sid_src, Unset):
            trunk_group_sid_src = UNSET
        else:
            trunk_group_sid_src = self.trunk_group_sid_src

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cic is not UNSET:
            field_dict["cic"] = cic
        if cic_original is not UNSET:
            field_dict["cic_original"] = cic_original
        if cic_transformed is not UNSET:
            field_dict["cic_transformed"] = cic_transformed
        if codec_dst is not UNSET:
            field_dict["codec_dst"] = codec_dst
        if codec_src is not UNSET:
            field_dict["codec_src"] = codec_src
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
        if disconnect_originator is not UNSET:
            field_dict["disconnect_originator"] = disconnect_originator
        if diversion_dst is not UNSET:
            field_dict["diversion_dst"] = diversion_dst
        if diversion_src is not UNSET:
            field_dict["diversion_src"] = diversion_src
        if dr_sid is not UNSET:
            field_dict["dr_sid"] = dr_sid
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_billing is not UNSET:
            field_dict["duration_billing"] = duration_billing
        if endpoint_sid_dst is not UNSET:
            field_dict["endpoint_sid_dst"] = endpoint_sid_dst
        if endpoint_sid_src is not UNSET:
            field_dict["endpoint_sid_src"] = endpoint_sid_src
        if identity is not UNSET:
            field_dict["identity"] = identity
        if ip_dst is not UNSET:
            field_dict["ip_dst"] = ip_dst
        if ip_src is not UNSET:
            field_dict["ip_src"] = ip_src
        if number_billing is not UNSET:
            field_dict["number_billing"] = number_billing
        if number_dst is not UNSET:
            field_dict["number_dst"] = number_dst
        if number_dst_original is not UNSET:
            field_dict["number_dst_original"] = number_dst_original
        if number_dst_transformed is not UNSET:
            field_dict["number_dst_transformed"] = number_dst_transformed
        if number_external is not UNSET:
            field_dict["number_external"] = number_external
        if number_src is not UNSET:
            field_dict["number_src"] = number_src
        if number_src_original is not UNSET:
            field_dict["number_src_original"] = number_src_original
        if number_src_transformed is not UNSET:
            field_dict["number_src_transformed"] = number_src_transformed
        if partner_sid is not UNSET:
            field_dict["partner_sid"] = partner_sid
        if price is not UNSET:
            field_dict["price"] = price
        if price_lcr_dst is not UNSET:
            field_dict["price_lcr_dst"] = price_lcr_dst
        if price_lcr_src is not UNSET:
            field_dict["price_lcr_src"] = price_lcr_src
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_lcr_dst is not UNSET:
            field_dict["rate_lcr_dst"] = rate_lcr_dst
        if rate_lcr_src is not UNSET:
            field_dict["rate_lcr_src"] = rate_lcr_src
        if sipcallid_dst is not UNSET:
            field_dict["sipcallid_dst"] = sipcallid_dst
        if sipcallid_src is not UNSET:
            field_dict["sipcallid_src"] = sipcallid_src
        if sipcause is not UNSET:
            field_dict["sipcause"] = sipcause
        if stir_attest is not UNSET:
            field_dict["stir_attest"] = stir_attest
        if stir_identity is not UNSET:
            field_dict["stir_identity"] = stir_identity
        if stir_orig_id is not UNSET:
            field_dict["stir_orig_id"] = stir_orig_id
        if stir_signing_entity is not UNSET:
            field_dict["stir_signing_entity"] = stir_signing_entity
        if stir_verstat is not UNSET:
            field_dict["stir_verstat"] = stir_verstat
        if transcoded is not UNSET:
            field_dict["transcoded"] = transcoded
        if trunk_group_sid_dst is not UNSET:
            field_dict["trunk_group_sid_dst"] = trunk_group_sid_dst
        if trunk_group_sid_src is not UNSET:
            field_dict["trunk_group_sid_src"] = trunk_group_sid_src

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cic = _parse_cic(d.pop("cic", UNSET))

        def _parse_cic_original(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cic_original = _parse_cic_original(d.pop("cic_original", UNSET))

        def _parse_cic_transformed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cic_transformed = _parse_cic_transformed(d.pop("cic_transformed", UNSET))

        def _parse_codec_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codec_dst = _parse_codec_dst(d.pop("codec_dst", UNSET))

        def _parse_codec_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codec_src = _parse_codec_src(d.pop("codec_src", UNSET))

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

        def _parse_direction(data: object) -> CallDetailRecordDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CallDetailRecordDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDetailRecordDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_disconnect_originator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disconnect_originator = _parse_disconnect_originator(d.pop("disconnect_originator", UNSET))

        def _parse_diversion_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diversion_dst = _parse_diversion_dst(d.pop("diversion_dst", UNSET))

        def _parse_diversion_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diversion_src = _parse_diversion_src(d.pop("diversion_src", UNSET))

        def _parse_dr_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dr_sid = _parse_dr_sid(d.pop("dr_sid", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_billing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_billing = _parse_duration_billing(d.pop("duration_billing", UNSET))

        def _parse_endpoint_sid_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid_dst = _parse_endpoint_sid_dst(d.pop("endpoint_sid_dst", UNSET))

        def _parse_endpoint_sid_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_sid_src = _parse_endpoint_sid_src(d.pop("endpoint_sid_src", UNSET))

        def _parse_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identity = _parse_identity(d.pop("identity", UNSET))

        def _parse_ip_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_dst = _parse_ip_dst(d.pop("ip_dst", UNSET))

        def _parse_ip_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_src = _parse_ip_src(d.pop("ip_src", UNSET))

        def _parse_number_billing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_billing = _parse_number_billing(d.pop("number_billing", UNSET))

        def _parse_number_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst = _parse_number_dst(d.pop("number_dst", UNSET))

        def _parse_number_dst_original(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst_original = _parse_number_dst_original(d.pop("number_dst_original", UNSET))

        def _parse_number_dst_transformed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_dst_transformed = _parse_number_dst_transformed(d.pop("number_dst_transformed", UNSET))

        def _parse_number_external(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_external = _parse_number_external(d.pop("number_external", UNSET))

        def _parse_number_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src = _parse_number_src(d.pop("number_src", UNSET))

        def _parse_number_src_original(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src_original = _parse_number_src_original(d.pop("number_src_original", UNSET))

        def _parse_number_src_transformed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_src_transformed = _parse_number_src_transformed(d.pop("number_src_transformed", UNSET))

        def _parse_partner_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_sid = _parse_partner_sid(d.pop("partner_sid", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_price_lcr_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_lcr_dst = _parse_price_lcr_dst(d.pop("price_lcr_dst", UNSET))

        def _parse_price_lcr_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_lcr_src = _parse_price_lcr_src(d.pop("price_lcr_src", UNSET))

        def _parse_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_rate_lcr_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_lcr_dst = _parse_rate_lcr_dst(d.pop("rate_lcr_dst", UNSET))

        def _parse_rate_lcr_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_lcr_src = _parse_rate_lcr_src(d.pop("rate_lcr_src", UNSET))

        def _parse_sipcallid_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sipcallid_dst = _parse_sipcallid_dst(d.pop("sipcallid_dst", UNSET))

        def _parse_sipcallid_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sipcallid_src = _parse_sipcallid_src(d.pop("sipcallid_src", UNSET))

        def _parse_sipcause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sipcause = _parse_sipcause(d.pop("sipcause", UNSET))

        def _parse_stir_attest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stir_attest = _parse_stir_attest(d.pop("stir_attest", UNSET))

        def _parse_stir_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stir_identity = _parse_stir_identity(d.pop("stir_identity", UNSET))

        def _parse_stir_orig_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stir_orig_id = _parse_stir_orig_id(d.pop("stir_orig_id", UNSET))

        def _parse_stir_signing_entity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stir_signing_entity = _parse_stir_signing_entity(d.pop("stir_signing_entity", UNSET))

        def _parse_stir_verstat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stir_verstat = _parse_stir_verstat(d.pop("stir_verstat", UNSET))

        def _parse_transcoded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        transcoded = _parse_transcoded(d.pop("transcoded", UNSET))

        def _parse_trunk_group_sid_dst(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid_dst = _parse_trunk_group_sid_dst(d.pop("trunk_group_sid_dst", UNSET))

        def _parse_trunk_group_sid_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_group_sid_src = _parse_trunk_group_sid_src(d.pop("trunk_group_sid_src", UNSET))

        call_detail_record = cls(
            cic=cic,
            cic_original=cic_original,
            cic_transformed=cic_transformed,
            codec_dst=codec_dst,
            codec_src=codec_src,
            date_insert=date_insert,
            date_start=date_start,
            date_stop=date_stop,
            date_talk=date_talk,
            direction=direction,
            disconnect_originator=disconnect_originator,
            diversion_dst=diversion_dst,
            diversion_src=diversion_src,
            dr_sid=dr_sid,
            duration=duration,
            duration_billing=duration_billing,
            endpoint_sid_dst=endpoint_sid_dst,
            endpoint_sid_src=endpoint_sid_src,
            identity=identity,
            ip_dst=ip_dst,
            ip_src=ip_src,
            number_billing=number_billing,
            number_dst=number_dst,
            number_dst_original=number_dst_original,
            number_dst_transformed=number_dst_transformed,
            number_external=number_external,
            number_src=number_src,
            number_src_original=number_src_original,
            number_src_transformed=number_src_transformed,
            partner_sid=partner_sid,
            price=price,
            price_lcr_dst=price_lcr_dst,
            price_lcr_src=price_lcr_src,
            rate=rate,
            rate_lcr_dst=rate_lcr_dst,
            rate_lcr_src=rate_lcr_src,
            sipcallid_dst=sipcallid_dst,
            sipcallid_src=sipcallid_src,
            sipcause=sipcause,
            stir_attest=stir_attest,
            stir_identity=stir_identity,
            stir_orig_id=stir_orig_id,
            stir_signing_entity=stir_signing_entity,
            stir_verstat=stir_verstat,
            transcoded=transcoded,
            trunk_group_sid_dst=trunk_group_sid_dst,
            trunk_group_sid_src=trunk_group_sid_src,
        )

        call_detail_record.additional_properties = d
        return call_detail_record

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
