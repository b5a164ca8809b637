"""Get Current Account: `GET /accounts/whoami`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_conference_v2.models.account import Account, AccountFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Current Account. Return the account the credentials belong to. `whoami` is a literal path segment, not an account
    SID.

    Args:
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        "/accounts/whoami",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Account.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Account.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Account:
    """The typed answer of `get_current_account`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Account.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> Account:
    """Send `get_current_account` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
