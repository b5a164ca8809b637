"""Create Access Control Rule: `POST /accesscontrol/rules`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.access_control_rule import AccessControlRule
from carrierx_core.models.access_control_rule_create import AccessControlRuleCreate, AccessControlRuleCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: AccessControlRuleCreate | AccessControlRuleCreateParams,
) -> rt.Request:
    """Create Access Control Rule. Adds an access control rule for the current partner.

    Args:
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/accesscontrol/rules",
        rt.query(),
        *rt.json_body(AccessControlRuleCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AccessControlRule:
    """The typed answer of `create_access_control_rule`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AccessControlRule.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: AccessControlRuleCreate | AccessControlRuleCreateParams,
) -> AccessControlRule:
    """Send `create_access_control_rule` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
