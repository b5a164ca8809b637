"""Get Access Control Rule by SID: `GET /accesscontrol/rules/{rule_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.access_control_rule import AccessControlRule, AccessControlRuleFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    rule_sid: str,
    *,
    include_fields: str | Fields[AccessControlRuleFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccessControlRuleFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Access Control Rule by SID. Returns one access control rule.

    Args:
        rule_sid: Access control rule secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/accesscontrol/rules/{rt.segment('rule_sid', rule_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, AccessControlRule.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, AccessControlRule.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AccessControlRule:
    """The typed answer of `get_access_control_rule`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AccessControlRule.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    rule_sid: str,
    *,
    include_fields: str | Fields[AccessControlRuleFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccessControlRuleFieldName] | Unset = UNSET,
) -> AccessControlRule:
    """Send `get_access_control_rule` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        rule_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
