"""Send Verification Email: `POST /verification/email`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.verification import Verification
from carrierx_core.models.verification_email_create import VerificationEmailCreate, VerificationEmailCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: VerificationEmailCreate | VerificationEmailCreateParams,
) -> rt.Request:
    """Send Verification Email. Sends a verification e-mail.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/verification/email",
        rt.query(),
        *rt.json_body(VerificationEmailCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Verification:
    """The typed answer of `send_verification_email`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Verification.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: VerificationEmailCreate | VerificationEmailCreateParams,
) -> Verification:
    """Send `send_verification_email` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
