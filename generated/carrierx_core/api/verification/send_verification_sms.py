"""Send Verification SMS: `POST /verification/sms`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.verification_code_type import VerificationCodeType
from carrierx_core.models.verification_sms_result import VerificationSmsResult

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | str | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> rt.Request:
    """Send Verification SMS. Sends a text message with a generated code from an SMS-enabled DID and returns the code.

    Args:
        allow_short_code: Allow sending from a short code of the DID group. CarrierX's default: true.
        code_length: Length of the code.
        code_type: Characters the verification code is made of.
        did_group_sid: DID group secure ID.
        from_: Sender number, E.164 (legacy name from_did).
        message: Text placed before the code (default "Your verification code is").
        to: Recipient number, E.164 (legacy name to_did).
    """
    return rt.Request(
        "POST",
        "/verification/sms",
        rt.query(
            ("allow_short_code", allow_short_code),
            ("code_length", code_length),
            ("code_type", code_type),
            ("did_group_sid", did_group_sid),
            ("from", from_),
            ("message", message),
            ("to", to),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> VerificationSmsResult:
    """The typed answer of `send_verification_sms`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return VerificationSmsResult.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | str | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> VerificationSmsResult:
    """Send `send_verification_sms` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        allow_short_code=allow_short_code,
        code_length=code_length,
        code_type=code_type,
        did_group_sid=did_group_sid,
        from_=from_,
        message=message,
        to=to,
    )
    return parse_response(*await rt.send_httpx(client, request))
