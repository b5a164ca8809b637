from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute import Attribute
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    meeting_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/meetings/{meeting_number}/attributes".format(
            meeting_number=quote(str(meeting_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Attribute] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Attribute.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Attribute]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[Attribute]]:
    """Get Meeting Attributes

     Return the settings of a meeting in progress.

    Args:
        meeting_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Attribute]]
    """

    kwargs = _get_kwargs(
        meeting_number=meeting_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[Attribute] | None:
    """Get Meeting Attributes

     Return the settings of a meeting in progress.

    Args:
        meeting_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Attribute]
    """

    return sync_detailed(
        meeting_number=meeting_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[Attribute]]:
    """Get Meeting Attributes

     Return the settings of a meeting in progress.

    Args:
        meeting_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Attribute]]
    """

    kwargs = _get_kwargs(
        meeting_number=meeting_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[Attribute] | None:
    """Get Meeting Attributes

     Return the settings of a meeting in progress.

    Args:
        meeting_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Attribute]
    """

    return (
        await asyncio_detailed(
            meeting_number=meeting_number,
            client=client,
        )
    ).parsed
