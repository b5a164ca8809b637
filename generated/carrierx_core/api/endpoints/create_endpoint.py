"""Create Endpoint: `POST /endpoints`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.endpoint import Endpoint
from carrierx_core.models.endpoint_create import EndpointCreate, EndpointCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: EndpointCreate | EndpointCreateParams,
) -> rt.Request:
    """Create Endpoint. Creates an endpoint; for hosted application types the answer carries the API credentials in
    `properties`.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/endpoints",
        rt.query(),
        *rt.json_body(EndpointCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Endpoint:
    """The typed answer of `create_endpoint`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Endpoint.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: EndpointCreate | EndpointCreateParams,
) -> Endpoint:
    """Send `create_endpoint` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
