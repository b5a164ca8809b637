from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_review import BatchReview
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    task_sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batch/tasks/{task_sid}/review_items".format(
            task_sid=quote(str(task_sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchReview | Error | None:
    if response.status_code == 200:
        response_200 = BatchReview.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BatchReview | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BatchReview | Error]:
    """Get Task Review Items by SID

     Returns the objects a task waiting for review would change.

    Args:
        task_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReview | Error]
    """

    kwargs = _get_kwargs(
        task_sid=task_sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BatchReview | Error | None:
    """Get Task Review Items by SID

     Returns the objects a task waiting for review would change.

    Args:
        task_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReview | Error
    """

    return sync_detailed(
        task_sid=task_sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BatchReview | Error]:
    """Get Task Review Items by SID

     Returns the objects a task waiting for review would change.

    Args:
        task_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReview | Error]
    """

    kwargs = _get_kwargs(
        task_sid=task_sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BatchReview | Error | None:
    """Get Task Review Items by SID

     Returns the objects a task waiting for review would change.

    Args:
        task_sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReview | Error
    """

    return (
        await asyncio_detailed(
            task_sid=task_sid,
            client=client,
        )
    ).parsed
