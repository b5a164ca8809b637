"""Update Short Code: `PATCH /phonenumber/short_codes/{short_code_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.short_code import ShortCode
from carrierx_core.models.short_code_update import ShortCodeUpdate, ShortCodeUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    short_code_sid: str,
    *,
    body: ShortCodeUpdate | ShortCodeUpdateParams,
) -> rt.Request:
    """Update Short Code. Changes the short code fields sent.

    Args:
        short_code_sid: The short code secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/phonenumber/short_codes/{rt.segment('short_code_sid', short_code_sid)}",
        rt.query(),
        *rt.json_body(ShortCodeUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> ShortCode:
    """The typed answer of `update_short_code`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return ShortCode.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    short_code_sid: str,
    *,
    body: ShortCodeUpdate | ShortCodeUpdateParams,
) -> ShortCode:
    """Send `update_short_code` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        short_code_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
