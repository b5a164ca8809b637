"""Get Email Template by SID: `GET /verification/email/templates/{template_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.verification_email_template import (
    VerificationEmailTemplate,
    VerificationEmailTemplateFieldName,
)

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    template_sid: str,
    *,
    include_fields: str | Fields[VerificationEmailTemplateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[VerificationEmailTemplateFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Email Template by SID. Returns one e-mail template.

    Args:
        template_sid: Email template secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/verification/email/templates/{rt.segment('template_sid', template_sid)}",
        rt.query(
            (
                "include_fields",
                rt.checked_fields(include_fields, VerificationEmailTemplate.field_names, "include_fields"),
            ),
            (
                "exclude_fields",
                rt.checked_fields(exclude_fields, VerificationEmailTemplate.field_names, "exclude_fields"),
            ),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> VerificationEmailTemplate:
    """The typed answer of `get_email_template`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return VerificationEmailTemplate.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    template_sid: str,
    *,
    include_fields: str | Fields[VerificationEmailTemplateFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[VerificationEmailTemplateFieldName] | Unset = UNSET,
) -> VerificationEmailTemplate:
    """Send `get_email_template` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        template_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
