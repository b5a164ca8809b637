"""CallDetailRecord: The detail record of one call that went through CarrierX."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from .call_detail_record_direction import CallDetailRecordDirection

_FIELDS: tuple[rt.Field, ...] = (
    ("cic", "cic", str),
    ("cic_original", "cic_original", str),
    ("cic_transformed", "cic_transformed", str),
    ("codec_dst", "codec_dst", str),
    ("codec_src", "codec_src", str),
    ("date_insert", "date_insert", rt.DATETIME),
    ("date_start", "date_start", rt.DATETIME),
    ("date_stop", "date_stop", rt.DATETIME),
    ("date_talk", "date_talk", rt.DATETIME),
    ("direction", "direction", rt.enum_reader(CallDetailRecordDirection)),
    ("disconnect_originator", "disconnect_originator", str),
    ("diversion_dst", "diversion_dst", str),
    ("diversion_src", "diversion_src", str),
    ("dr_sid", "dr_sid", str),
    ("duration", "duration", str),
    ("duration_billing", "duration_billing", str),
    ("endpoint_sid_dst", "endpoint_sid_dst", str),
    ("endpoint_sid_src", "endpoint_sid_src", str),
    ("identity", "identity", str),
    ("ip_dst", "ip_dst", str),
    ("ip_src", "ip_src", str),
    ("number_billing", "number_billing", str),
    ("number_dst", "number_dst", str),
    ("number_dst_original", "number_dst_original", str),
    ("number_dst_transformed", "number_dst_transformed", str),
    ("number_external", "number_external", str),
    ("number_src", "number_src", str),
    ("number_src_original", "number_src_original", str),
    ("number_src_transformed", "number_src_transformed", str),
    ("partner_sid", "partner_sid", str),
    ("price", "price", str),
    ("price_lcr_dst", "price_lcr_dst", str),
    ("price_lcr_src", "price_lcr_src", str),
    ("rate", "rate", str),
    ("rate_lcr_dst", "rate_lcr_dst", str),
    ("rate_lcr_src", "rate_lcr_src", str),
    ("sipcallid_dst", "sipcallid_dst", str),
    ("sipcallid_src", "sipcallid_src", str),
    ("sipcause", "sipcause", str),
    ("stir_attest", "stir_attest", str),
    ("stir_identity", "stir_identity", str),
    ("stir_orig_id", "stir_orig_id", str),
    ("stir_signing_entity", "stir_signing_entity", str),
    ("stir_verstat", "stir_verstat", str),
    ("transcoded", "transcoded", bool),
    ("trunk_group_sid_dst", "trunk_group_sid_dst", str),
    ("trunk_group_sid_src", "trunk_group_sid_src", str),
)
_LOAD = rt.model_loader(_FIELDS, (), True)


@_attrs_define(init=False)
class CallDetailRecord:
    """The detail record of one call that went through CarrierX.

    Attributes:
        cic: Current Carrier Identification Code.
        cic_original: CIC before transformations.
        cic_transformed: CIC after transformations.
        codec_dst: Codec on the destination leg.
        codec_src: Codec on the source leg.
        date_insert: When the record was stored.
        date_start: When the call started.
        date_stop: When the call ended.
        date_talk: When the call was answered.
        direction: direction
        disconnect_originator: Which side ended the call (sample `DST`).
        diversion_dst: Destination diversion header.
        diversion_src: Source diversion header.
        dr_sid: Secure ID of the record.
        duration: Call length in seconds (`date_stop` minus `date_start`).
        duration_billing: Seconds billed.
        endpoint_sid_dst: Destination endpoint (the System Gateway for external numbers).
        endpoint_sid_src: Source endpoint (the System Gateway for external numbers).
        identity: The real calling number, from PAI or RPID.
        ip_dst: Destination IP address (may carry a port).
        ip_src: Source IP address.
        number_billing: number_billing
        number_dst: number_dst
        number_dst_original: number_dst_original
        number_dst_transformed: number_dst_transformed
        number_external: number_external
        number_src: number_src
        number_src_original: number_src_original
        number_src_transformed: number_src_transformed
        partner_sid: Secure ID of the owning partner.
        price: Price of the call.
        price_lcr_dst: price_lcr_dst
        price_lcr_src: price_lcr_src
        rate: Rate applied to the call.
        rate_lcr_dst: rate_lcr_dst
        rate_lcr_src: rate_lcr_src
        sipcallid_dst: sipcallid_dst
        sipcallid_src: sipcallid_src
        sipcause: Final SIP cause code (a string such as `200`).
        stir_attest: STIR/SHAKEN attestation level.
        stir_identity: STIR identity flag (the sample sends the string `false`).
        stir_orig_id: stir_orig_id
        stir_signing_entity: stir_signing_entity
        stir_verstat: stir_verstat
        transcoded: Whether media was transcoded.
        trunk_group_sid_dst: Destination trunk group.
        trunk_group_sid_src: Source trunk group.
    """

    cic: str | None
    cic_original: str | None
    cic_transformed: str | None
    codec_dst: str | None
    codec_src: str | None
    date_insert: datetime.datetime | None
    date_start: datetime.datetime | None
    date_stop: datetime.datetime | None
    date_talk: datetime.datetime | None
    direction: CallDetailRecordDirection | None
    disconnect_originator: str | None
    diversion_dst: str | None
    diversion_src: str | None
    dr_sid: str | None
    duration: str | None
    duration_billing: str | None
    endpoint_sid_dst: str | None
    endpoint_sid_src: str | None
    identity: str | None
    ip_dst: str | None
    ip_src: str | None
    number_billing: str | None
    number_dst: str | None
    number_dst_original: str | None
    number_dst_transformed: str | None
    number_external: str | None
    number_src: str | None
    number_src_original: str | None
    number_src_transformed: str | None
    partner_sid: str | None
    price: str | None
    price_lcr_dst: str | None
    price_lcr_src: str | None
    rate: str | None
    rate_lcr_dst: str | None
    rate_lcr_src: str | None
    sipcallid_dst: str | None
    sipcallid_src: str | None
    sipcause: str | None
    stir_attest: str | None
    stir_identity: str | None
    stir_orig_id: str | None
    stir_signing_entity: str | None
    stir_verstat: str | None
    transcoded: bool | None
    trunk_group_sid_dst: str | None
    trunk_group_sid_src: str | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _nulls: set[str] = _attrs_field(factory=set, repr=False, eq=False)
    field_names: ClassVar[frozenset[str]] = frozenset(key for _, key, _ in _FIELDS)

    def __init__(
        self,
        *,
        cic: str | None | Unset = UNSET,
        cic_original: str | None | Unset = UNSET,
        cic_transformed: str | None | Unset = UNSET,
        codec_dst: str | None | Unset = UNSET,
        codec_src: str | None | Unset = UNSET,
        date_insert: datetime.datetime | None | Unset = UNSET,
        date_start: datetime.datetime | None | Unset = UNSET,
        date_stop: datetime.datetime | None | Unset = UNSET,
        date_talk: datetime.datetime | None | Unset = UNSET,
        direction: CallDetailRecordDirection | None | Unset = UNSET,
        disconnect_originator: str | None | Unset = UNSET,
        diversion_dst: str | None | Unset = UNSET,
        diversion_src: str | None | Unset = UNSET,
        dr_sid: str | None | Unset = UNSET,
        duration: str | None | Unset = UNSET,
        duration_billing: str | None | Unset = UNSET,
        endpoint_sid_dst: str | None | Unset = UNSET,
        endpoint_sid_src: str | None | Unset = UNSET,
        identity: str | None | Unset = UNSET,
        ip_dst: str | None | Unset = UNSET,
        ip_src: str | None | Unset = UNSET,
        number_billing: str | None | Unset = UNSET,
        number_dst: str | None | Unset = UNSET,
        number_dst_original: str | None | Unset = UNSET,
        number_dst_transformed: str | None | Unset = UNSET,
        number_external: str | None | Unset = UNSET,
        number_src: str | None | Unset = UNSET,
        number_src_original: str | None | Unset = UNSET,
        number_src_transformed: str | None | Unset = UNSET,
        partner_sid: str | None | Unset = UNSET,
        price: str | None | Unset = UNSET,
        price_lcr_dst: str | None | Unset = UNSET,
        price_lcr_src: str | None | Unset = UNSET,
        rate: str | None | Unset = UNSET,
        rate_lcr_dst: str | None | Unset = UNSET,
        rate_lcr_src: str | None | Unset = UNSET,
        sipcallid_dst: str | None | Unset = UNSET,
        sipcallid_src: str | None | Unset = UNSET,
        sipcause: str | None | Unset = UNSET,
        stir_attest: str | None | Unset = UNSET,
        stir_identity: str | None | Unset = UNSET,
        stir_orig_id: str | None | Unset = UNSET,
        stir_signing_entity: str | None | Unset = UNSET,
        stir_verstat: str | None | Unset = UNSET,
        transcoded: bool | None | Unset = UNSET,
        trunk_group_sid_dst: str | None | Unset = UNSET,
        trunk_group_sid_src: str | None | Unset = UNSET,
    ) -> None:
        """Fields left out (UNSET) are not sent; None is sent as null."""
        self._nulls = set()
        self.additional_properties = {}
        self.cic = rt.given(self, "cic", cic)
        self.cic_original = rt.given(self, "cic_original", cic_original)
        self.cic_transformed = rt.given(self, "cic_transformed", cic_transformed)
        self.codec_dst = rt.given(self, "codec_dst", codec_dst)
        self.codec_src = rt.given(self, "codec_src", codec_src)
        self.date_insert = rt.given(self, "date_insert", date_insert)
        self.date_start = rt.given(self, "date_start", date_start)
        self.date_stop = rt.given(self, "date_stop", date_stop)
        self.date_talk = rt.given(self, "date_talk", date_talk)
        self.direction = rt.given(self, "direction", direction)
        self.disconnect_originator = rt.given(self, "disconnect_originator", disconnect_originator)
        self.diversion_dst = rt.given(self, "diversion_dst", diversion_dst)
        self.diversion_src = rt.given(self, "diversion_src", diversion_src)
        self.dr_sid = rt.given(self, "dr_sid", dr_sid)
        self.duration = rt.given(self, "duration", duration)
        self.duration_billing = rt.given(self, "duration_billing", duration_billing)
        self.endpoint_sid_dst = rt.given(self, "endpoint_sid_dst", endpoint_sid_dst)
        self.endpoint_sid_src = rt.given(self, "endpoint_sid_src", endpoint_sid_src)
        self.identity = rt.given(self, "identity", identity)
        self.ip_dst = rt.given(self, "ip_dst", ip_dst)
        self.ip_src = rt.given(self, "ip_src", ip_src)
        self.number_billing = rt.given(self, "number_billing", number_billing)
        self.number_dst = rt.given(self, "number_dst", number_dst)
        self.number_dst_original = rt.given(self, "number_dst_original", number_dst_original)
        self.number_dst_transformed = rt.given(self, "number_dst_transformed", number_dst_transformed)
        self.number_external = rt.given(self, "number_external", number_external)
        self.number_src = rt.given(self, "number_src", number_src)
        self.number_src_original = rt.given(self, "number_src_original", number_src_original)
        self.number_src_transformed = rt.given(self, "number_src_transformed", number_src_transformed)
        self.partner_sid = rt.given(self, "partner_sid", partner_sid)
        self.price = rt.given(self, "price", price)
        self.price_lcr_dst = rt.given(self, "price_lcr_dst", price_lcr_dst)
        self.price_lcr_src = rt.given(self, "price_lcr_src", price_lcr_src)
        self.rate = rt.given(self, "rate", rate)
        self.rate_lcr_dst = rt.given(self, "rate_lcr_dst", rate_lcr_dst)
        self.rate_lcr_src = rt.given(self, "rate_lcr_src", rate_lcr_src)
        self.sipcallid_dst = rt.given(self, "sipcallid_dst", sipcallid_dst)
        self.sipcallid_src = rt.given(self, "sipcallid_src", sipcallid_src)
        self.sipcause = rt.given(self, "sipcause", sipcause)
        self.stir_attest = rt.given(self, "stir_attest", stir_attest)
        self.stir_identity = rt.given(self, "stir_identity", stir_identity)
        self.stir_orig_id = rt.given(self, "stir_orig_id", stir_orig_id)
        self.stir_signing_entity = rt.given(self, "stir_signing_entity", stir_signing_entity)
        self.stir_verstat = rt.given(self, "stir_verstat", stir_verstat)
        self.transcoded = rt.given(self, "transcoded", transcoded)
        self.trunk_group_sid_dst = rt.given(self, "trunk_group_sid_dst", trunk_group_sid_dst)
        self.trunk_group_sid_src = rt.given(self, "trunk_group_sid_src", trunk_group_sid_src)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read the model from JSON data; `strict` refuses unknown, missing or mistyped fields."""
        loaded: Self = _LOAD(cls, src, strict)
        return loaded

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: what was set, explicit nulls, and unknown fields as they came."""
        return rt.dump_model(self, _FIELDS)


CallDetailRecordFieldName = Literal[
    "cic",
    "cic_original",
    "cic_transformed",
    "codec_dst",
    "codec_src",
    "date_insert",
    "date_start",
    "date_stop",
    "date_talk",
    "direction",
    "disconnect_originator",
    "diversion_dst",
    "diversion_src",
    "dr_sid",
    "duration",
    "duration_billing",
    "endpoint_sid_dst",
    "endpoint_sid_src",
    "identity",
    "ip_dst",
    "ip_src",
    "number_billing",
    "number_dst",
    "number_dst_original",
    "number_dst_transformed",
    "number_external",
    "number_src",
    "number_src_original",
    "number_src_transformed",
    "partner_sid",
    "price",
    "price_lcr_dst",
    "price_lcr_src",
    "rate",
    "rate_lcr_dst",
    "rate_lcr_src",
    "sipcallid_dst",
    "sipcallid_src",
    "sipcause",
    "stir_attest",
    "stir_identity",
    "stir_orig_id",
    "stir_signing_entity",
    "stir_verstat",
    "transcoded",
    "trunk_group_sid_dst",
    "trunk_group_sid_src",
]
"""The names of `CallDetailRecord`'s fields, for typed filters, orders and field lists."""
