"""Async client for the whole CarrierX API: Core, Conference v1 and v2, FlexML, Mediator."""

from ._auth import OAuthPasswordGrant
from ._client import CarrierX
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CarrierXError,
    ConfigurationError,
    ConflictError,
    ErrorBody,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._response import ApiResponse
from ._retry import RetryPolicy
from ._section import NOT_GIVEN, NotGiven
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiResponse",
    "AuthenticationError",
    "BadRequestError",
    "CarrierX",
    "CarrierXError",
    "ConfigurationError",
    "ConflictError",
    "ErrorBody",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "OAuthPasswordGrant",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
]
