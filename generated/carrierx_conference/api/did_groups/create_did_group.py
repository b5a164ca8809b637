"""Create DID Group: `POST /didGroups`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference.models.did_group import DidGroup
from carrierx_conference.models.did_group_create import DidGroupCreate, DidGroupCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: DidGroupCreate | DidGroupCreateParams,
) -> rt.Request:
    """Create DID Group. Create a DID group tied to a call flow.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/didGroups",
        rt.query(),
        *rt.json_body(DidGroupCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidGroup:
    """The typed answer of `create_did_group`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidGroup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: DidGroupCreate | DidGroupCreateParams,
) -> DidGroup:
    """Send `create_did_group` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
