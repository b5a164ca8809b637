"""Get Current Account: `GET /accounts/whoami`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_flexml.models.account import Account

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request() -> rt.Request:
    """Get Current Account. Return the account the credentials belong to. `whoami` is a literal path segment, not an account
    SID.
    """
    return rt.Request(
        "GET",
        "/accounts/whoami",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Account:
    """The typed answer of `get_current_account`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Account.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
) -> Account:
    """Send `get_current_account` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request()
    return parse_response(*await rt.send_httpx(client, request))
