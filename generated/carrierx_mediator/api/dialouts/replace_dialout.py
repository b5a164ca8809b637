"""Update Dialout: `PUT /dialouts/{dialout_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_mediator.models.dialout import Dialout
from carrierx_mediator.models.dialout_update import DialoutUpdate, DialoutUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    dialout_sid: str,
    *,
    body: DialoutUpdate | DialoutUpdateParams,
) -> rt.Request:
    """Update Dialout. Replace the updatable fields of a scheduled dialout with a full object.

    Args:
        dialout_sid: Dialout SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/dialouts/{rt.segment('dialout_sid', dialout_sid)}",
        rt.query(),
        *rt.json_body(DialoutUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Dialout:
    """The typed answer of `replace_dialout`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Dialout.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    dialout_sid: str,
    *,
    body: DialoutUpdate | DialoutUpdateParams,
) -> Dialout:
    """Send `replace_dialout` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        dialout_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
