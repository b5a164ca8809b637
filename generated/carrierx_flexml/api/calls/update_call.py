"""Update Call: `PATCH /calls/{call_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_flexml.models.call import Call
from carrierx_flexml.models.call_update import CallUpdate, CallUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    call_sid: str,
    *,
    body: CallUpdate | CallUpdateParams,
) -> rt.Request:
    """Update Call. Change some fields of a scheduled call; the others keep their values.

    Args:
        call_sid: Call SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/calls/{rt.segment('call_sid', call_sid)}",
        rt.query(),
        *rt.json_body(CallUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Call:
    """The typed answer of `update_call`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Call.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    call_sid: str,
    *,
    body: CallUpdate | CallUpdateParams,
) -> Call:
    """Send `update_call` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        call_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
