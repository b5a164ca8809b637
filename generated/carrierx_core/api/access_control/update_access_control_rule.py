"""Update Access Control Rule: `PATCH /accesscontrol/rules/{rule_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.access_control_rule import AccessControlRule
from carrierx_core.models.access_control_rule_update import AccessControlRuleUpdate, AccessControlRuleUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    rule_sid: str,
    *,
    body: AccessControlRuleUpdate | AccessControlRuleUpdateParams,
) -> rt.Request:
    """Update Access Control Rule. Changes the given fields of a rule.

    Args:
        rule_sid: Access control rule secure ID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PATCH",
        f"/accesscontrol/rules/{rt.segment('rule_sid', rule_sid)}",
        rt.query(),
        *rt.json_body(AccessControlRuleUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AccessControlRule:
    """The typed answer of `update_access_control_rule`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AccessControlRule.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    rule_sid: str,
    *,
    body: AccessControlRuleUpdate | AccessControlRuleUpdateParams,
) -> AccessControlRule:
    """Send `update_access_control_rule` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        rule_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
