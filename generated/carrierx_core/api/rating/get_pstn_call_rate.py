"""Get PSTN Call Rate: `GET /rating/calls/pstn`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.rating_call_response import RatingCallResponse
from carrierx_core.models.rating_direction import RatingDirection

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    direction: RatingDirection | str,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> rt.Request:
    """Get PSTN Call Rate. Prices a PSTN call of a given length to or from a number.

    Args:
        direction: Direction to rate.
        duration: Call length in seconds; rounded up to a multiple of the billing step.
        partner_sid: Partner to price the call for.
        to: The destination phone number.
    """
    return rt.Request(
        "GET",
        "/rating/calls/pstn",
        rt.query(
            ("direction", direction),
            ("duration", duration),
            ("partner_sid", partner_sid),
            ("to", to),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> RatingCallResponse:
    """The typed answer of `get_pstn_call_rate`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return RatingCallResponse.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    direction: RatingDirection | str,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> RatingCallResponse:
    """Send `get_pstn_call_rate` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        direction=direction,
        duration=duration,
        partner_sid=partner_sid,
        to=to,
    )
    return parse_response(*await rt.send_httpx(client, request))
