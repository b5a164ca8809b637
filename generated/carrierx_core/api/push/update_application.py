"""Update Application: `PATCH /push/applications/{application_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.push_application import PushApplication
from carrierx_core.models.push_application_update import PushApplicationUpdate, PushApplicationUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    application_sid: str,
    *,
    body: PushApplicationUpdate | PushApplicationUpdateParams,
) -> rt.Request:
    """Update Application. Changes only the given fields of a push application.

    Args:
        application_sid: SID of the application.
        body: The fields to send.
    """
    return rt.Request(
        "PATCH",
        f"/push/applications/{rt.segment('application_sid', application_sid)}",
        rt.query(),
        *rt.json_body(PushApplicationUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> PushApplication:
    """The typed answer of `update_application`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return PushApplication.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    application_sid: str,
    *,
    body: PushApplicationUpdate | PushApplicationUpdateParams,
) -> PushApplication:
    """Send `update_application` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        application_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
