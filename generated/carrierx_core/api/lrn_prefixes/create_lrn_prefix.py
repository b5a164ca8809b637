"""Create LRN Prefix: `POST /phonenumber/lrn_prefixes`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.lrn_prefix import LrnPrefix
from carrierx_core.models.lrn_prefix_create import LrnPrefixCreate, LrnPrefixCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: LrnPrefixCreate | LrnPrefixCreateParams,
) -> rt.Request:
    """Create LRN Prefix. Creates an LRN routing prefix.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/phonenumber/lrn_prefixes",
        rt.query(),
        *rt.json_body(LrnPrefixCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> LrnPrefix:
    """The typed answer of `create_lrn_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return LrnPrefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: LrnPrefixCreate | LrnPrefixCreateParams,
) -> LrnPrefix:
    """Send `create_lrn_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
