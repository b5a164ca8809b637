"""Verify Email by Token: `GET /verification/email/tokens/{token}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.verification import Verification

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    token: str,
) -> rt.Request:
    """Verify Email by Token. Confirms an e-mail address with the token from the verification link.

    Args:
        token: Verification token from the e-mail link.
    """
    return rt.Request(
        "GET",
        f"/verification/email/tokens/{rt.segment('token', token)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Verification:
    """The typed answer of `verify_email_by_token`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Verification.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    token: str,
) -> Verification:
    """Send `verify_email_by_token` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        token,
    )
    return parse_response(*await rt.send_httpx(client, request))
