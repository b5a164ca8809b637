"""Get DID Classification by SID: `GET /phonenumber/classifications/{classification_sid}`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.filters import Fields
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.did_classification import DidClassification, DidClassificationFieldName

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    classification_sid: str,
    *,
    include_fields: str | Fields[DidClassificationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidClassificationFieldName] | Unset = UNSET,
) -> rt.Request:
    """Get DID Classification by SID. Returns one DID classification.

    Args:
        classification_sid: The DID classification secure ID.
        include_fields: Comma-separated fields to return (all others are left out).
        exclude_fields: Comma-separated fields to leave out of the response.
    """
    return rt.Request(
        "GET",
        f"/phonenumber/classifications/{rt.segment('classification_sid', classification_sid)}",
        rt.query(
            ("include_fields", rt.checked_fields(include_fields, DidClassification.field_names, "include_fields")),
            ("exclude_fields", rt.checked_fields(exclude_fields, DidClassification.field_names, "exclude_fields")),
        ),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> DidClassification:
    """The typed answer of `get_did_classification`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return DidClassification.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    classification_sid: str,
    *,
    include_fields: str | Fields[DidClassificationFieldName] | Unset = UNSET,
    exclude_fields: str | Fields[DidClassificationFieldName] | Unset = UNSET,
) -> DidClassification:
    """Send `get_did_classification` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        classification_sid,
        include_fields=include_fields,
        exclude_fields=exclude_fields,
    )
    return parse_response(*await rt.send_httpx(client, request))
