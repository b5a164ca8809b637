"""Get RespOrg Details for Toll-free Phone Number: `GET /lookup/toll_free/{tollfree_phonenumber}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt

from carrierx_core.models.resp_org_lookup import RespOrgLookup

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    tollfree_phonenumber: str,
) -> rt.Request:
    """Get RespOrg Details for Toll-free Phone Number. Returns the RespOrg of a toll-free number.

    Args:
        tollfree_phonenumber: The toll-free number to look up.
    """
    return rt.Request(
        "GET",
        f"/lookup/toll_free/{rt.segment('tollfree_phonenumber', tollfree_phonenumber)}",
        rt.query(),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> RespOrgLookup:
    """The typed answer of `get_resporg_details_for_toll_free_phone_number`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return RespOrgLookup.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    tollfree_phonenumber: str,
) -> RespOrgLookup:
    """Send `get_resporg_details_for_toll_free_phone_number` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        tollfree_phonenumber,
    )
    return parse_response(*await rt.send_httpx(client, request))
