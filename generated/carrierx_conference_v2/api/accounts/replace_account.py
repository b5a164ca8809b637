"""Update Account: `PUT /accounts/{account_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_conference_v2.models.account import Account
from carrierx_conference_v2.models.account_update import AccountUpdate, AccountUpdateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    account_sid: str,
    *,
    body: AccountUpdate | AccountUpdateParams,
) -> rt.Request:
    """Update Account. Replace the updatable fields of an account with a full object.

    Args:
        account_sid: Account SID.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "PUT",
        f"/accounts/{rt.segment('account_sid', account_sid)}",
        rt.query(),
        *rt.json_body(AccountUpdate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Account:
    """The typed answer of `replace_account`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Account.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    account_sid: str,
    *,
    body: AccountUpdate | AccountUpdateParams,
) -> Account:
    """Send `replace_account` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        account_sid,
        body=body,
    )
    return parse_response(*await rt.send_httpx(client, request))
