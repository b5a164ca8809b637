"""Update Call: `PUT /calls/{id}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.call_list import CallList
from carrierx_conference.models.call_update import CallUpdate, CallUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    id: int | str,
    *,
    body: CallUpdate | CallUpdateParams,
) -> rt.Request:
    """Update Call. Change a live call (mute, hold, role, ...); only the fields sent change.

    Args:
        id: The call ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/calls/{rt.segment('id', id)}",
        rt.query(),
        *rt.json_body(CallUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> CallList:
    """The typed answer of `update_call`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return CallList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    id: int | str,
    *,
    body: CallUpdate | CallUpdateParams,
) -> CallList:
    """Send `update_call` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        id,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
