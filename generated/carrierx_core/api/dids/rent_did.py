"""Rent DID: `POST /phonenumber/dids`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from carrierx_async import runtime as rt
from carrierx_async.runtime import UNSET, Unset

from carrierx_core.models.did import Did
from carrierx_core.models.did_create import DidCreate, DidCreateParams

__all__ = ["asyncio", "build_request", "parse_response"]


def build_request(
    *,
    body: DidCreate | DidCreateParams,
    include_external: bool | Unset = UNSET,
) -> rt.Request:
    """Rent DID. Rents a phone number: a specific one when `phonenumber` is sent, otherwise the first available.
    The number needs a trunk group before it can carry calls.

    Args:
        include_external: Whether numbers from external providers may be rented as well.
        body: The request body: the model or a mapping of its fields.
    """
    return rt.Request(
        "POST",
        "/phonenumber/dids",
        rt.query(
            ("include_external", include_external),
        ),
        *rt.json_body(DidCreate, body),
    )


def parse_response(status: int, headers: Mapping[str, str], content: bytes) -> Did:
    """The typed answer of `rent_did`; `rt.UnexpectedStatus` for an undocumented status."""
    if status == 200:
        return Did.from_dict(rt.json_object(content))
    raise rt.UnexpectedStatus(status, content)


async def asyncio(
    client: httpx.AsyncClient,
    *,
    body: DidCreate | DidCreateParams,
    include_external: bool | Unset = UNSET,
) -> Did:
    """Send `rent_did` with your own `httpx.AsyncClient` (`base_url`: the API root; auth set)."""
    request = build_request(
        body=body,
        include_external=include_external,
    )
    return parse_response(*await rt.send_httpx(client, request))
