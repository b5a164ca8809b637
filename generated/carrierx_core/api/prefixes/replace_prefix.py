"""Update Prefix: `PUT /phonenumber/prefixes/{prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.prefix import Prefix
from carrierx_core.models.prefix_update import PrefixUpdate, PrefixUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    prefix_sid: str,
    *,
    body: PrefixUpdate | PrefixUpdateParams,
) -> rt.Request:
    """Update Prefix. Replaces the updatable fields of a prefix.

    Args:
        prefix_sid: The prefix secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/phonenumber/prefixes/{rt.segment('prefix_sid', prefix_sid)}",
        rt.query(),
        *rt.json_body(PrefixUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Prefix:
    """The typed answer of `replace_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Prefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    prefix_sid: str,
    *,
    body: PrefixUpdate | PrefixUpdateParams,
) -> Prefix:
    """Send `replace_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        prefix_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
