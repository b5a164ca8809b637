"""Get DID Line Information: `GET /phonenumber/dids/{did_sid}/line_information`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.did_line_information import DidLineInformation, DidLineInformationFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    did_sid: str,
    *,
    include_fields: str | Fields[DidLineInformationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidLineInformationFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get DID Line Information. Returns the caller-ID line information of a DID.

    Args:
        did_sid: The DID secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/dids/{rt.segment('did_sid', did_sid)}/line_information",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, DidLineInformation.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, DidLineInformation.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidLineInformation:
    """The typed answer of `get_did_line_information`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidLineInformation.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    did_sid: str,
    *,
    include_fields: str | Fields[DidLineInformationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidLineInformationFieldName] | Unset = UNSET,
) -> DidLineInformation:
    """Send `get_did_line_information` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        did_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
