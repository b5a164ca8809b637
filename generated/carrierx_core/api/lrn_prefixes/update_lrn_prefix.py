"""Update LRN Prefix: `PATCH /phonenumber/lrn_prefixes/{lrn_prefix_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.lrn_prefix import LrnPrefix
from carrierx_core.models.lrn_prefix_update import LrnPrefixUpdate, LrnPrefixUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    lrn_prefix_sid: str,
    *,
    body: LrnPrefixUpdate | LrnPrefixUpdateParams,
) -> rt.Request:
    """Update LRN Prefix. Changes the LRN prefix fields sent.

    Args:
        lrn_prefix_sid: The LRN prefix secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/phonenumber/lrn_prefixes/{rt.segment('lrn_prefix_sid', lrn_prefix_sid)}",
        rt.query(),
        *rt.json_body(LrnPrefixUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> LrnPrefix:
    """The typed answer of `update_lrn_prefix`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return LrnPrefix.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    lrn_prefix_sid: str,
    *,
    body: LrnPrefixUpdate | LrnPrefixUpdateParams,
) -> LrnPrefix:
    """Send `update_lrn_prefix` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        lrn_prefix_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
