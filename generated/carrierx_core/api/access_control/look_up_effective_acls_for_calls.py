"""Look up effective ACLs for Calls: `GET /accesscontrol/effective_acl/calls`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.access_control_effective_acl import (
    AccessControlEffectiveAcl,
    AccessControlEffectiveAclFieldName,
)
from carrierx_core.models.access_control_effective_acl_list import AccessControlEffectiveAclList
from carrierx_core.models.access_control_list_direction import AccessControlListDirection

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    direction: AccessControlListDirection | str | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Fields[AccessControlEffectiveAclFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccessControlEffectiveAclFieldName] | Unset = UNSET,
) -> rt.Request:
    """Look up effective ACLs for Calls. Lists the access control lists that apply to calls, layer by layer, for a partner, trunk group
    or trunk.

    Args:
        direction: Traffic direction an access control list applies to.
        partner_sid: Partner secure ID.
        trunk_group_sid: Trunk group secure ID.
        trunk_sid: Trunk secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/accesscontrol/effective_acl/calls",
        rt.query(
            ("direction", direction),
            ("partner_sid", partner_sid),
            ("trunk_group_sid", trunk_group_sid),
            ("trunk_sid", trunk_sid),
            (
                "include_fields",
                rt.checked_fields(include_fields, AccessControlEffectiveAcl.field_names, "include_fields"),
            ),
            (
                "exclude_fields",
                rt.checked_fields(exclude_fields, AccessControlEffectiveAcl.field_names, "exclude_fields"),
            ),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> AccessControlEffectiveAclList:
    """The typed answer of `look_up_effective_acls_for_calls`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return AccessControlEffectiveAclList.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    direction: AccessControlListDirection | str | Unset = UNSET,
    partner_sid: str | Unset = UNSET,
    trunk_group_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    include_fields: str | Fields[AccessControlEffectiveAclFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccessControlEffectiveAclFieldName] | Unset = UNSET,
) -> AccessControlEffectiveAclList:
    """Send `look_up_effective_acls_for_calls` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        direction=direction,
        partner_sid=partner_sid,
        trunk_group_sid=trunk_group_sid,
        trunk_sid=trunk_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
