"""Create Call: `POST /calls`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_flexml.models.call import Call
from carrierx_flexml.models.call_create import CallCreate, CallCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: CallCreate | CallCreateParams,
) -> rt.Request:
    """Create Call. Place an outbound call now, or schedule it with `delay`.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/calls",
        rt.query(),
        *rt.json_body(CallCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Call:
    """The typed answer of `create_call`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Call.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: CallCreate | CallCreateParams,
) -> Call:
    """Send `create_call` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
