"""Create Prefix: `POST /phonenumber/prefixes`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.prefix import Prefix
from carrierx_core.models.prefix_create import PrefixCreate, PrefixCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: PrefixCreate | PrefixCreateParams,
) -> rt.Request:
    """Create Prefix. Creates a routing prefix.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/phonenumber/prefixes",
        rt.query(),
        *rt.json_body(PrefixCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Prefix:
    """The typed answer of `create_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Prefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: PrefixCreate | PrefixCreateParams,
) -> Prefix:
    """Send `create_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
