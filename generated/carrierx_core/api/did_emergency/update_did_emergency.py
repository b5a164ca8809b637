"""Update DID Emergency: `PATCH /phonenumber/dids/{did_sid}/emergency`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.did_emergency import DidEmergency
from carrierx_core.models.did_emergency_update import DidEmergencyUpdate, DidEmergencyUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
    *,
    body: DidEmergencyUpdate | DidEmergencyUpdateParams,
) -> rt.Request:
    """Update DID Emergency. Changes the emergency fields sent.

    Args:
        did_sid: The DID secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}/emergency",
        rt.query(),
        *rt.json_body(DidEmergencyUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidEmergency:
    """The typed answer of `update_did_emergency`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidEmergency.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
    *,
    body: DidEmergencyUpdate | DidEmergencyUpdateParams,
) -> DidEmergency:
    """Send `update_did_emergency` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
