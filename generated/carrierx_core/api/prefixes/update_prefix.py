from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prefix import Prefix
from ...models.prefix_update import PrefixUpdate
from ...types import Response


def _get_kwargs(
    prefix_sid: str,
    *,
    body: PrefixUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/phonenumber/prefixes/{prefix_sid}".format(
            prefix_sid=quote(str(prefix_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Prefix | None:
    if response.status_code == 200:
        response_200 = Prefix.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Prefix]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrefixUpdate,
) -> Response[Error | Prefix]:
    """Update Prefix

     Changes the prefix fields sent.

    Args:
        prefix_sid (str):
        body (PrefixUpdate): Prefix fields to change (PATCH).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Prefix]
    """

    kwargs = _get_kwargs(
        prefix_sid=prefix_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrefixUpdate,
) -> Error | Prefix | None:
    """Update Prefix

     Changes the prefix fields sent.

    Args:
        prefix_sid (str):
        body (PrefixUpdate): Prefix fields to change (PATCH).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Prefix
    """

    return sync_detailed(
        prefix_sid=prefix_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrefixUpdate,
) -> Response[Error | Prefix]:
    """Update Prefix

     Changes the prefix fields sent.

    Args:
        prefix_sid (str):
        body (PrefixUpdate): Prefix fields to change (PATCH).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Prefix]
    """

    kwargs = _get_kwargs(
        prefix_sid=prefix_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrefixUpdate,
) -> Error | Prefix | None:
    """Update Prefix

     Changes the prefix fields sent.

    Args:
        prefix_sid (str):
        body (PrefixUpdate): Prefix fields to change (PATCH).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Prefix
    """

    return (
        await asyncio_detailed(
            prefix_sid=prefix_sid,
            client=client,
            body=body,
        )
    ).parsed
