from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.meeting_key import MeetingKey
from ...models.meeting_key_create import MeetingKeyCreate
from ...types import Response


def _get_kwargs(
    sid: str,
    meeting_number: int,
    *,
    body: MeetingKeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/{sid}/meetingRooms/{meeting_number}/keychain".format(
            sid=quote(str(sid), safe=""),
            meeting_number=quote(str(meeting_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MeetingKey | None:
    if response.status_code == 200:
        response_200 = MeetingKey.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MeetingKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sid: str,
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingKeyCreate,
) -> Response[Error | MeetingKey]:
    """Create Meeting Key

     Add an access code to a subscriber's meeting room.

    Args:
        sid (str):
        meeting_number (int):
        body (MeetingKeyCreate): Fields to create a meeting key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeetingKey]
    """

    kwargs = _get_kwargs(
        sid=sid,
        meeting_number=meeting_number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sid: str,
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingKeyCreate,
) -> Error | MeetingKey | None:
    """Create Meeting Key

     Add an access code to a subscriber's meeting room.

    Args:
        sid (str):
        meeting_number (int):
        body (MeetingKeyCreate): Fields to create a meeting key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeetingKey
    """

    return sync_detailed(
        sid=sid,
        meeting_number=meeting_number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sid: str,
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingKeyCreate,
) -> Response[Error | MeetingKey]:
    """Create Meeting Key

     Add an access code to a subscriber's meeting room.

    Args:
        sid (str):
        meeting_number (int):
        body (MeetingKeyCreate): Fields to create a meeting key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MeetingKey]
    """

    kwargs = _get_kwargs(
        sid=sid,
        meeting_number=meeting_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sid: str,
    meeting_number: int,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingKeyCreate,
) -> Error | MeetingKey | None:
    """Create Meeting Key

     Add an access code to a subscriber's meeting room.

    Args:
        sid (str):
        meeting_number (int):
        body (MeetingKeyCreate): Fields to create a meeting key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MeetingKey
    """

    return (
        await asyncio_detailed(
            sid=sid,
            meeting_number=meeting_number,
            client=client,
            body=body,
        )
    ).parsed
