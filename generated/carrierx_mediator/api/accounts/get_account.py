"""Get Account by SID: `GET /accounts/{account_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_mediator.models.account import Account, AccountFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    account_sid: str,
    *,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get Account by SID. Return one account.

    Args:
        account_sid: Account SID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/accounts/{rt.segment('account_sid', account_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, Account.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, Account.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Account:
    """The typed answer of `get_account`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Account.from_dict(rt.json_object(content, envelope=True))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    account_sid: str,
    *,
    include_fields: str | Fields[AccountFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[AccountFieldName] | Unset = UNSET,
) -> Account:
    """Send `get_account` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        account_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
