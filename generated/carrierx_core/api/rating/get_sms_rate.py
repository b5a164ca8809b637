from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rating_direction import RatingDirection
from ...models.rating_mcc_mnc_response import RatingMccMncResponse
from ...models.rating_message_sub_type import RatingMessageSubType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sub_type: RatingMessageSubType,
    *,
    direction: RatingDirection,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction = direction.value
    params["direction"] = json_direction

    params["partner_sid"] = partner_sid

    params["to"] = to

    params["message_segments"] = message_segments

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rating/sms/{sub_type}".format(
            sub_type=quote(str(sub_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RatingMccMncResponse | None:
    if response.status_code == 200:
        response_200 = RatingMccMncResponse.from_dict(response.json())

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
) -> Response[Error | RatingMccMncResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sub_type: RatingMessageSubType,
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> Response[Error | RatingMccMncResponse]:
    """Get SMS Rate

     Prices an SMS of a given number of segments to or from a number.

    Args:
        sub_type (RatingMessageSubType): Number type used to rate a message.
        direction (RatingDirection): Direction to rate.
        partner_sid (str | Unset):
        to (str):
        message_segments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RatingMccMncResponse]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
        direction=direction,
        partner_sid=partner_sid,
        to=to,
        message_segments=message_segments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sub_type: RatingMessageSubType,
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> Error | RatingMccMncResponse | None:
    """Get SMS Rate

     Prices an SMS of a given number of segments to or from a number.

    Args:
        sub_type (RatingMessageSubType): Number type used to rate a message.
        direction (RatingDirection): Direction to rate.
        partner_sid (str | Unset):
        to (str):
        message_segments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RatingMccMncResponse
    """

    return sync_detailed(
        sub_type=sub_type,
        client=client,
        direction=direction,
        partner_sid=partner_sid,
        to=to,
        message_segments=message_segments,
    ).parsed


async def asyncio_detailed(
    sub_type: RatingMessageSubType,
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> Response[Error | RatingMccMncResponse]:
    """Get SMS Rate

     Prices an SMS of a given number of segments to or from a number.

    Args:
        sub_type (RatingMessageSubType): Number type used to rate a message.
        direction (RatingDirection): Direction to rate.
        partner_sid (str | Unset):
        to (str):
        message_segments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RatingMccMncResponse]
    """

    kwargs = _get_kwargs(
        sub_type=sub_type,
        direction=direction,
        partner_sid=partner_sid,
        to=to,
        message_segments=message_segments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sub_type: RatingMessageSubType,
    *,
    client: AuthenticatedClient | Client,
    direction: RatingDirection,
    partner_sid: str | Unset = UNSET,
    to: str,
    message_segments: int | Unset = UNSET,
) -> Error | RatingMccMncResponse | None:
    """Get SMS Rate

     Prices an SMS of a given number of segments to or from a number.

    Args:
        sub_type (RatingMessageSubType): Number type used to rate a message.
        direction (RatingDirection): Direction to rate.
        partner_sid (str | Unset):
        to (str):
        message_segments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RatingMccMncResponse
    """

    return (
        await asyncio_detailed(
            sub_type=sub_type,
            client=client,
            direction=direction,
            partner_sid=partner_sid,
            to=to,
            message_segments=message_segments,
        )
    ).parsed
