from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_emails_request import InvoiceEmailsRequest
from ...types import Response


def _get_kwargs(
    invoice_sid: str,
    *,
    body: InvoiceEmailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_sid}.html/emails".format(
            invoice_sid=quote(str(invoice_sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceEmailsRequest,
) -> Response[Any | Error]:
    """Send Invoice HTML Report by SID to Email Addresses

     E-mails the invoice as HTML to the given addresses.

    Args:
        invoice_sid (str):
        body (InvoiceEmailsRequest): Form body naming where to send the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        invoice_sid=invoice_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceEmailsRequest,
) -> Any | Error | None:
    """Send Invoice HTML Report by SID to Email Addresses

     E-mails the invoice as HTML to the given addresses.

    Args:
        invoice_sid (str):
        body (InvoiceEmailsRequest): Form body naming where to send the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        invoice_sid=invoice_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceEmailsRequest,
) -> Response[Any | Error]:
    """Send Invoice HTML Report by SID to Email Addresses

     E-mails the invoice as HTML to the given addresses.

    Args:
        invoice_sid (str):
        body (InvoiceEmailsRequest): Form body naming where to send the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        invoice_sid=invoice_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceEmailsRequest,
) -> Any | Error | None:
    """Send Invoice HTML Report by SID to Email Addresses

     E-mails the invoice as HTML to the given addresses.

    Args:
        invoice_sid (str):
        body (InvoiceEmailsRequest): Form body naming where to send the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            invoice_sid=invoice_sid,
            client=client,
            body=body,
        )
    ).parsed
