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
    RawResponse,
    ResponseTooLargeError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from ._response import ApiResponse, raw_response
from ._retry import RetryPolicy
from ._version import __version__
from .runtime import UNSET, File, Unset

if TYPE_CHECKING:
    from ._streaming import Download, DownloadStream
    from .batch import Batch, BatchProgress, BatchResult, Failed, Succeeded
    from .resources.conference import ConferenceAPI
    from .resources.conference_v2 import ConferenceV2API
    from .resources.core import CoreAPI
    from .resources.flexml import FlexMLAPI
    from .resources.mediator import MediatorAPI

# Imported on first use: the batch helper brings anyio, each section class its resources, and
# downloads their streaming machinery.
_LAZY = {
    "Batch": ".batch",
    "BatchProgress": ".batch",
    "BatchResult": ".batch",
    "Failed": ".batch",
    "Succeeded": ".batch",
    "Download": "._streaming",
    "DownloadStream": "._streaming",
    "CoreAPI": ".resources.core",
    "ConferenceAPI": ".resources.conference",
    "ConferenceV2API": ".resources.conference_v2",
    "FlexMLAPI": ".resources.flexml",
    "MediatorAPI": ".resources.mediator",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'carrierx_async' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)


__all__ = [
    "UNSET",
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
    "ConferenceAPI",
    "ConferenceV2API",
    "ConfigurationError",
    "ConflictError",
    "CoreAPI",
    "Download",
    "DownloadStream",
    "ErrorBody",
    "Failed",
    "FieldError",
    "File",
    "FlexMLAPI",
    "InternalServerError",
    "MediatorAPI",
    "NotFoundError",
    "OAuthPasswordGrant",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Succeeded",
    "UnprocessableEntityError",
    "Unset",
    "UnsupportedMediaTypeError",
    "__version__",
    "raw_response",
]
