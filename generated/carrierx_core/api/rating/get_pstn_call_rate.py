from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rating_call_response import RatingCallResponse
from ...models.rating_direction import RatingDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    direction: RatingDirection,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction = direction.value
    params["direction"] = json_direction

    params["duration"] = duration

    params["partner_sid"] = partner_sid

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rating/calls/pstn",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RatingCallResponse | None:
    if response.status_code == 200:
        response_200 = RatingCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RatingCallResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> Response[Error | RatingCallResponse]:
    """Get PSTN Call Rate

     Prices a PSTN call of a given length to or from a number.

    Args:
        direction (RatingDirection): Direction to rate.
        duration (int):
        partner_sid (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RatingCallResponse]
    """

    kwargs = _get_kwargs(
        direction=direction,
        duration=duration,
        partner_sid=partner_sid,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> Error | RatingCallResponse | None:
    """Get PSTN Call Rate

     Prices a PSTN call of a given length to or from a number.

    Args:
        direction (RatingDirection): Direction to rate.
        duration (int):
        partner_sid (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RatingCallResponse
    """

    return sync_detailed(
        client=client,
        direction=direction,
        duration=duration,
        partner_sid=partner_sid,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> Response[Error | RatingCallResponse]:
    """Get PSTN Call Rate

     Prices a PSTN call of a given length to or from a number.

    Args:
        direction (RatingDirection): Direction to rate.
        duration (int):
        partner_sid (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RatingCallResponse]
    """

    kwargs = _get_kwargs(
        direction=direction,
        duration=duration,
        partner_sid=partner_sid,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    duration: int,
    partner_sid: str | Unset = UNSET,
    to: str,
) -> Error | RatingCallResponse | None:
    """Get PSTN Call Rate

     Prices a PSTN call of a given length to or from a number.

    Args:
        direction (RatingDirection): Direction to rate.
        duration (int):
        partner_sid (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RatingCallResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            direction=direction,
            duration=duration,
            partner_sid=partner_sid,
            to=to,
        )
    ).parsed
