"""Create Dialout: `POST /dialouts`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_mediator.models.dialout import Dialout
from carrierx_mediator.models.dialout_create import DialoutCreate, DialoutCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: DialoutCreate | DialoutCreateParams,
) -> rt.Request:
    """Create Dialout. Start a two-stage call now, or schedule it with `delay`.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/dialouts",
        rt.query(),
        *rt.json_body(DialoutCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Dialout:
    """The typed answer of `create_dialout`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Dialout.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: DialoutCreate | DialoutCreateParams,
) -> Dialout:
    """Send `create_dialout` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
