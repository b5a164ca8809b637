from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.verification_code_type import VerificationCodeType
from ...models.verification_sms_result import VerificationSmsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allow_short_code"] = allow_short_code

    params["code_length"] = code_length

    json_code_type: str | Unset = UNSET
    if not isinstance(code_type, Unset):
        json_code_type = code_type.value

    params["code_type"] = json_code_type

    params["did_group_sid"] = did_group_sid

    params["from"] = from_

    params["message"] = message

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verification/sms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VerificationSmsResult | None:
    if response.status_code == 200:
        response_200 = VerificationSmsResult.from_dict(response.json())

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
) -> Response[Error | VerificationSmsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> Response[Error | VerificationSmsResult]:
    """Send Verification SMS

     Sends a text message with a generated code from an SMS-enabled DID and returns the code.

    Args:
        allow_short_code (bool | Unset):
        code_length (int | Unset):
        code_type (VerificationCodeType | Unset): Characters the verification code is made of.
        did_group_sid (str | Unset):
        from_ (str):
        message (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerificationSmsResult]
    """

    kwargs = _get_kwargs(
        allow_short_code=allow_short_code,
        code_length=code_length,
        code_type=code_type,
        did_group_sid=did_group_sid,
        from_=from_,
        message=message,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> Error | VerificationSmsResult | None:
    """Send Verification SMS

     Sends a text message with a generated code from an SMS-enabled DID and returns the code.

    Args:
        allow_short_code (bool | Unset):
        code_length (int | Unset):
        code_type (VerificationCodeType | Unset): Characters the verification code is made of.
        did_group_sid (str | Unset):
        from_ (str):
        message (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerificationSmsResult
    """

    return sync_detailed(
        client=client,
        allow_short_code=allow_short_code,
        code_length=code_length,
        code_type=code_type,
        did_group_sid=did_group_sid,
        from_=from_,
        message=message,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> Response[Error | VerificationSmsResult]:
    """Send Verification SMS

     Sends a text message with a generated code from an SMS-enabled DID and returns the code.

    Args:
        allow_short_code (bool | Unset):
        code_length (int | Unset):
        code_type (VerificationCodeType | Unset): Characters the verification code is made of.
        did_group_sid (str | Unset):
        from_ (str):
        message (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerificationSmsResult]
    """

    kwargs = _get_kwargs(
        allow_short_code=allow_short_code,
        code_length=code_length,
        code_type=code_type,
        did_group_sid=did_group_sid,
        from_=from_,
        message=message,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allow_short_code: bool | Unset = UNSET,
    code_length: int | Unset = UNSET,
    code_type: VerificationCodeType | Unset = UNSET,
    did_group_sid: str | Unset = UNSET,
    from_: str,
    message: str | Unset = UNSET,
    to: str,
) -> Error | VerificationSmsResult | None:
    """Send Verification SMS

     Sends a text message with a generated code from an SMS-enabled DID and returns the code.

    Args:
        allow_short_code (bool | Unset):
        code_length (int | Unset):
        code_type (VerificationCodeType | Unset): Characters the verification code is made of.
        did_group_sid (str | Unset):
        from_ (str):
        message (str | Unset):
        to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerificationSmsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            allow_short_code=allow_short_code,
            code_length=code_length,
            code_type=code_type,
            did_group_sid=did_group_sid,
            from_=from_,
            message=message,
            to=to,
        )
    ).parsed
