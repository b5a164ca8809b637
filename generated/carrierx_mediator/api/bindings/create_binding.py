from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.binding import Binding
from ...models.binding_create import BindingCreate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BindingCreate,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fallback_country"] = fallback_country

    params["reuse"] = reuse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bindings",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Binding | Error | None:
    if response.status_code == 200:
        response_200 = Binding.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Binding | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BindingCreate,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> Response[Binding | Error]:
    """Create Binding

     Create a forwarding rule to `destination_did`.

    Args:
        fallback_country (str | Unset):
        reuse (bool | Unset):
        body (BindingCreate): A binding to create. Without `redirect_did`, CarrierX picks a free
            DID of the endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Binding | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        fallback_country=fallback_country,
        reuse=reuse,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BindingCreate,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> Binding | Error | None:
    """Create Binding

     Create a forwarding rule to `destination_did`.

    Args:
        fallback_country (str | Unset):
        reuse (bool | Unset):
        body (BindingCreate): A binding to create. Without `redirect_did`, CarrierX picks a free
            DID of the endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Binding | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        fallback_country=fallback_country,
        reuse=reuse,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BindingCreate,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> Response[Binding | Error]:
    """Create Binding

     Create a forwarding rule to `destination_did`.

    Args:
        fallback_country (str | Unset):
        reuse (bool | Unset):
        body (BindingCreate): A binding to create. Without `redirect_did`, CarrierX picks a free
            DID of the endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Binding | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        fallback_country=fallback_country,
        reuse=reuse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BindingCreate,
    fallback_country: str | Unset = UNSET,
    reuse: bool | Unset = UNSET,
) -> Binding | Error | None:
    """Create Binding

     Create a forwarding rule to `destination_did`.

    Args:
        fallback_country (str | Unset):
        reuse (bool | Unset):
        body (BindingCreate): A binding to create. Without `redirect_did`, CarrierX picks a free
            DID of the endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Binding | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fallback_country=fallback_country,
            reuse=reuse,
        )
    ).parsed
