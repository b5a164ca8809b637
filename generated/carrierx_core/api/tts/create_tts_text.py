from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.storage_file import StorageFile
from ...models.tts_text_create import TtsTextCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TtsTextCreate,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["response_format"] = response_format

    params["response_container_sid"] = response_container_sid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tts/texts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StorageFile | None:
    if response.status_code == 200:
        response_200 = StorageFile.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | StorageFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsTextCreate,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> Response[Error | StorageFile]:
    """Create TTS Text

     Turns text into speech. Returns the audio, or with `response_format=file` stores it in a container
    and returns the File object.

    Args:
        response_format (str | Unset):
        response_container_sid (str | Unset):
        body (TtsTextCreate): Text to turn into speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageFile]
    """

    kwargs = _get_kwargs(
        body=body,
        response_format=response_format,
        response_container_sid=response_container_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TtsTextCreate,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> Error | StorageFile | None:
    """Create TTS Text

     Turns text into speech. Returns the audio, or with `response_format=file` stores it in a container
    and returns the File object.

    Args:
        response_format (str | Unset):
        response_container_sid (str | Unset):
        body (TtsTextCreate): Text to turn into speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageFile
    """

    return sync_detailed(
        client=client,
        body=body,
        response_format=response_format,
        response_container_sid=response_container_sid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TtsTextCreate,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> Response[Error | StorageFile]:
    """Create TTS Text

     Turns text into speech. Returns the audio, or with `response_format=file` stores it in a container
    and returns the File object.

    Args:
        response_format (str | Unset):
        response_container_sid (str | Unset):
        body (TtsTextCreate): Text to turn into speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageFile]
    """

    kwargs = _get_kwargs(
        body=body,
        response_format=response_format,
        response_container_sid=response_container_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TtsTextCreate,
    response_format: str | Unset = UNSET,
    response_container_sid: str | Unset = UNSET,
) -> Error | StorageFile | None:
    """Create TTS Text

     Turns text into speech. Returns the audio, or with `response_format=file` stores it in a container
    and returns the File object.

    Args:
        response_format (str | Unset):
        response_container_sid (str | Unset):
        body (TtsTextCreate): Text to turn into speech.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            response_format=response_format,
            response_container_sid=response_container_sid,
        )
    ).parsed
