from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialout import Dialout
from ...models.dialout_update import DialoutUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    dialout_sid: str,
    *,
    body: DialoutUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dialouts/{dialout_sid}".format(
            dialout_sid=quote(str(dialout_sid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Dialout | Error | None:
    if response.status_code == 200:
        response_200 = Dialout.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Dialout | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dialout_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: DialoutUpdate,
) -> Response[Dialout | Error]:
    """Update Dialout

     Replace the updatable fields of a scheduled dialout with a full object.

    Args:
        dialout_sid (str):
        body (DialoutUpdate): Dialout fields to change (PATCH) while it is scheduled; send only
            what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dialout | Error]
    """

    kwargs = _get_kwargs(
        dialout_sid=dialout_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dialout_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: DialoutUpdate,
) -> Dialout | Error | None:
    """Update Dialout

     Replace the updatable fields of a scheduled dialout with a full object.

    Args:
        dialout_sid (str):
        body (DialoutUpdate): Dialout fields to change (PATCH) while it is scheduled; send only
            what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dialout | Error
    """

    return sync_detailed(
        dialout_sid=dialout_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dialout_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: DialoutUpdate,
) -> Response[Dialout | Error]:
    """Update Dialout

     Replace the updatable fields of a scheduled dialout with a full object.

    Args:
        dialout_sid (str):
        body (DialoutUpdate): Dialout fields to change (PATCH) while it is scheduled; send only
            what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dialout | Error]
    """

    kwargs = _get_kwargs(
        dialout_sid=dialout_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dialout_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: DialoutUpdate,
) -> Dialout | Error | None:
    """Update Dialout

     Replace the updatable fields of a scheduled dialout with a full object.

    Args:
        dialout_sid (str):
        body (DialoutUpdate): Dialout fields to change (PATCH) while it is scheduled; send only
            what changes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dialout | Error
    """

    return (
        await asyncio_detailed(
            dialout_sid=dialout_sid,
            client=client,
            body=body,
        )
    ).parsed
