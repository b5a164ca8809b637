"""One exception tree for everything the client raises, mapped from HTTP status codes.

CarrierXError
├── APIError                          a request was attempted
│   ├── APIStatusError                CarrierX answered with a 4xx/5xx
│   │   ├── BadRequestError           400
│   │   ├── AuthenticationError       401
│   │   ├── PermissionDeniedError     403 (names the scopes the operation needs)
│   │   ├── NotFoundError             404
│   │   ├── ConflictError             409
│   │   ├── UnsupportedMediaTypeError 415
│   │   ├── UnprocessableEntityError  422
│   │   ├── RateLimitError            429 (carries Retry-After)
│   │   └── InternalServerError       5xx
│   ├── APIConnectionError            no usable answer (network, TLS, dropped connection)
│   │   ├── APITimeoutError
│   │   └── ResponseTooLargeError     the answer exceeded max_response_bytes
│   └── APIResponseValidationError    an answer that cannot be read as documented
└── ConfigurationError                the client was set up wrongly; nothing was sent
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx

from ._retry_after import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CarrierXError",
    "ConfigurationError",
    "ConflictError",
    "ErrorBody",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
]

REQUEST_ID_HEADERS = ("x-request-id", "x-carrierx-request-id", "request-id", "x-amzn-requestid")


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The request id an answer's headers carry, under any of the names CarrierX's gateways use."""
    return next((headers[name] for name in REQUEST_ID_HEADERS if name in headers), None)


@attrs.frozen
class FieldError:
    """One problem with one field of the request, as CarrierX reports it."""

    field: str | None
    message: str | None
    reference_sid: str | None = None


@attrs.frozen
class ErrorBody:
    """The parsed CarrierX error body: a message and per-field errors."""

    message: str | None = None
    errors: tuple[FieldError, ...] = ()

    @classmethod
    def from_content(cls, content: bytes) -> ErrorBody | None:
        """Read CarrierX's `{"message": ..., "errors": [...]}`; None when the body is not that."""
        try:
            data = json.loads(content) if content else None
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, Mapping):
            return None
        if isinstance(data.get("body"), Mapping) and "status" in data:  # Mediator's wrapper
            data = data["body"]
        raw_errors = data.get("errors")
        field_errors = tuple(
            FieldError(_text(item.get("field")), _text(item.get("message")), _text(item.get("reference_sid")))
            for item in (raw_errors if isinstance(raw_errors, Sequence) and not isinstance(raw_errors, str) else ())
            if isinstance(item, Mapping)
        )
        message = _text(data.get("message")) or _text(data.get("error")) or _text(data.get("detail"))
        if message is None and not field_errors:
            return None
        return cls(message, field_errors)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def safe_url(url: str) -> str:
    """The URL without user info, which may hold credentials."""
    parsed = httpx.URL(url)
    return str(parsed.copy_with(username=None, password=None)) if parsed.userinfo else url


class CarrierXError(Exception):
    """Base of every exception raised by carrierx_async."""


class ConfigurationError(CarrierXError, ValueError):
    """The client or a call was set up wrongly; nothing was sent."""


@attrs.frozen
class RawResponse:
    """An answer as it came: status, headers and body (the body capped, decoded)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes
    reason_phrase: str = ""

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers)


class APIError(CarrierXError):
    """A request to CarrierX failed. Carries the method and the URL (never credentials).

    `may_have_been_sent` says whether CarrierX may have acted on the request: False when it
    provably never left, True when it did or may have (a dropped connection after sending,
    a read timeout). A POST that may have been sent must not be repeated blindly.
    """

    def __init__(
        self, message: str, *, method: str, url: str, operation: str | None = None, may_have_been_sent: bool = True
    ) -> None:
        self.method = method
        self.url = safe_url(url)
        self.operation = operation
        self.message = message
        self.may_have_been_sent = may_have_been_sent
        where = f"{operation}: " if operation else ""
        super().__init__(f"{where}{message} ({self.method} {self.url})")


class APIStatusError(APIError):
    """CarrierX answered with an error status; `response` is the answer as it came."""

    status_code: int

    def __init__(
        self,
        *,
        response: RawResponse,
        method: str,
        url: str,
        operation: str | None = None,
        required_scopes: Sequence[str] = (),
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = response.request_id
        self.body = ErrorBody.from_content(response.content)
        self.required_scopes = tuple(required_scopes)
        super().__init__(self._describe(response), method=method, url=url, operation=operation)

    @property
    def errors(self) -> tuple[FieldError, ...]:
        """Per-field errors CarrierX reported (empty when it named none)."""
        return self.body.errors if self.body else ()

    def _describe(self, response: RawResponse) -> str:
        text = f"{response.status_code} {response.reason_phrase}".strip()
        if self.body and self.body.message:
            text += f": {self.body.message}"
        for field_error in self.errors:
            text += f"; {field_error.field}: {field_error.message}"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """400: the request could not be read."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this operation; `required_scopes` names what would."""

    def _describe(self, response: RawResponse) -> str:
        text = super()._describe(response)
        if self.required_scopes:
            text += f"; this operation needs one of the token scopes: {', '.join(self.required_scopes)}"
        return text


class NotFoundError(APIStatusError):
    """404: no object with this identifier."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the body was sent with the wrong content type."""


class UnprocessableEntityError(APIStatusError):
    """422: the object failed validation; see `errors` for each field."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait CarrierX asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: CarrierX failed to answer the request."""


class APIConnectionError(APIError):
    """No usable answer: the connection failed, was dropped, or TLS failed."""


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout (or its total deadline)."""


class ResponseTooLargeError(APIConnectionError):
    """The answer was larger than `max_response_bytes` (decompressed); it was not read further."""


class APIResponseValidationError(APIError):
    """CarrierX answered, but not in the documented shape (bad JSON, wrong content type, …)."""

    def __init__(
        self, message: str, *, response: RawResponse, method: str, url: str, operation: str | None = None
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        super().__init__(message, method=method, url=url, operation=operation)


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
