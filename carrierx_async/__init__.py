"""Async client for the whole CarrierX API: Core, Conference v1 and v2, FlexML, Mediator."""

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .batch import Batch, BatchProgress, BatchResult, Failed, Succeeded

# They import anyio, which a plain import should not pay for.
_LAZY = {"Batch", "BatchProgress", "BatchResult", "Failed", "Succeeded"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'carrierx_async' has no attribute {name!r}")


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
    "Batch",
    "BatchProgress",
    "BatchResult",
    "CarrierX",
    "CarrierXError",
    "ConfigurationError",
    "ConflictError",
    "ErrorBody",
    "Failed",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "OAuthPasswordGrant",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "Succeeded",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
]
