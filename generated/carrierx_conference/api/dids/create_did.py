"""Create DID: `POST /dids`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.did import Did
from carrierx_conference.models.did_create import DidCreate, DidCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: DidCreate | DidCreateParams,
) -> rt.Request:
    """Create DID. Add a phone number to a DID group of the endpoint.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/dids",
        rt.query(),
        *rt.json_body(DidCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Did:
    """The typed answer of `create_did`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Did.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: DidCreate | DidCreateParams,
) -> Did:
    """Send `create_did` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
