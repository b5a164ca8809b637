from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.push_device import PushDevice
from ...models.push_device_create import PushDeviceCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PushDeviceCreate,
    reuse: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["reuse"] = reuse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/push/devices",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PushDevice | None:
    if response.status_code == 200:
        response_200 = PushDevice.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PushDevice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushDeviceCreate,
    reuse: bool | Unset = UNSET,
) -> Response[Error | PushDevice]:
    """Create Device to Send Push Notifications

     Registers a device that can receive push notifications from an application.

    Args:
        reuse (bool | Unset):
        body (PushDeviceCreate): Fields accepted when creating a device.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushDevice]
    """

    kwargs = _get_kwargs(
        body=body,
        reuse=reuse,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PushDeviceCreate,
    reuse: bool | Unset = UNSET,
) -> Error | PushDevice | None:
    """Create Device to Send Push Notifications

     Registers a device that can receive push notifications from an application.

    Args:
        reuse (bool | Unset):
        body (PushDeviceCreate): Fields accepted when creating a device.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushDevice
    """

    return sync_detailed(
        client=client,
        body=body,
        reuse=reuse,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushDeviceCreate,
    reuse: bool | Unset = UNSET,
) -> Response[Error | PushDevice]:
    """Create Device to Send Push Notifications

     Registers a device that can receive push notifications from an application.

    Args:
        reuse (bool | Unset):
        body (PushDeviceCreate): Fields accepted when creating a device.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushDevice]
    """

    kwargs = _get_kwargs(
        body=body,
        reuse=reuse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PushDeviceCreate,
    reuse: bool | Unset = UNSET,
) -> Error | PushDevice | None:
    """Create Device to Send Push Notifications

     Registers a device that can receive push notifications from an application.

    Args:
        reuse (bool | Unset):
        body (PushDeviceCreate): Fields accepted when creating a device.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushDevice
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            reuse=reuse,
        )
    ).parsed
