"""Get SMS Rate: `GET /rating/sms/{sub_type}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.rating_direction import RatingDirection
from carrierx_core.models.rating_mcc_mnc_response import RatingMccMncResponse

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    sub_type: str,
    *,
    direction: RatingDirection | str,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> rt.Request:
    """Get SMS Rate. Prices an SMS of a given number of segments to or from a number.

    Args:
        sub_type: Number type used to rate a message.
        direction: Direction to rate.
        partner_sid: Partner to price the message for.
        to: The destination phone number.
        message_segments: Number of message segments to price.
    """
    return rt.Request(
        "GET",
        f"/rating/sms/{rt.segment('sub_type', sub_type)}",
        rt.query(
            ("direction", direction),
            ("partner_sid", partner_sid),
            ("to", to),
            ("message_segments", message_segments),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> RatingMccMncResponse:
    """The typed answer of `get_sms_rate`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return RatingMccMncResponse.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    sub_type: str,
    *,
    direction: RatingDirection | str,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> RatingMccMncResponse:
    """Send `get_sms_rate` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        sub_type,
        direction=direction,
        partner_sid=partner_sid,
        to=to,
        message_segments=message_segments,
    )
    return parse_response(*await rt.send_httpx(client, request))
