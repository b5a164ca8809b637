"""Update Endpoint: `PATCH /endpoints/{endpoint_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.endpoint import Endpoint
from carrierx_core.models.endpoint_update import EndpointUpdate, EndpointUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    endpoint_sid: str,
    *,
    body: EndpointUpdate | EndpointUpdateParams,
) -> rt.Request:
    """Update Endpoint. Changes the given fields of an endpoint.

    Args:
        endpoint_sid: Endpoint secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/endpoints/{rt.segment('endpoint_sid', endpoint_sid)}",
        rt.query(),
        *rt.json_body(EndpointUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Endpoint:
    """The typed answer of `update_endpoint`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Endpoint.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    endpoint_sid: str,
    *,
    body: EndpointUpdate | EndpointUpdateParams,
) -> Endpoint:
    """Send `update_endpoint` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        endpoint_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
