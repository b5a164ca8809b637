from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.did import Did
from ...models.did_create import DidCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DidCreate,
    include_external: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_external"] = include_external

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phonenumber/dids",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Did | Error | None:
    if response.status_code == 200:
        response_200 = Did.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Did | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DidCreate,
    include_external: bool | Unset = UNSET,
) -> Response[Did | Error]:
    """Rent DID

     Rents a phone number: a specific one when `phonenumber` is sent, otherwise the first available. The
    number needs a trunk group before it can carry calls.

    Args:
        include_external (bool | Unset):
        body (DidCreate): What may be sent to rent a DID. Every field is optional; an empty object
            rents the first available number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Did | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        include_external=include_external,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DidCreate,
    include_external: bool | Unset = UNSET,
) -> Did | Error | None:
    """Rent DID

     Rents a phone number: a specific one when `phonenumber` is sent, otherwise the first available. The
    number needs a trunk group before it can carry calls.

    Args:
        include_external (bool | Unset):
        body (DidCreate): What may be sent to rent a DID. Every field is optional; an empty object
            rents the first available number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Did | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        include_external=include_external,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DidCreate,
    include_external: bool | Unset = UNSET,
) -> Response[Did | Error]:
    """Rent DID

     Rents a phone number: a specific one when `phonenumber` is sent, otherwise the first available. The
    number needs a trunk group before it can carry calls.

    Args:
        include_external (bool | Unset):
        body (DidCreate): What may be sent to rent a DID. Every field is optional; an empty object
            rents the first available number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Did | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        include_external=include_external,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DidCreate,
    include_external: bool | Unset = UNSET,
) -> Did | Error | None:
    """Rent DID

     Rents a phone number: a specific one when `phonenumber` is sent, otherwise the first available. The
    number needs a trunk group before it can carry calls.

    Args:
        include_external (bool | Unset):
        body (DidCreate): What may be sent to rent a DID. Every field is optional; an empty object
            rents the first available number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Did | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_external=include_external,
        )
    ).parsed
