"""Raw responses: status, headers and body next to the parsed model, for any operation.

response = await raw_response(cx.core.dids.get_did)(did_sid)   # ApiResponse[Did], fully typed
response = await cx.core.dids.with_raw_response.get_did(did_sid)  # the same, looked up by name
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar

import attrs

from ._errors import RawResponse, request_id_of

T = TypeVar("T")
P = ParamSpec("P")

# Set by a `raw_response` wrapper while its call runs: where the send path puts the answer.
raw_responses_wanted: ContextVar[list[ApiResponse[Any]] | None] = ContextVar("carrierx_raw_response", default=None)


@attrs.frozen
class ApiResponse(Generic[T]):
    """A successful response with its parsed model (`parsed`) and everything CarrierX sent."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes
    parsed: T
    operation: str

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.headers)


def record_raw_response(captured: list[ApiResponse[Any]], answer: RawResponse, parsed: Any, operation: str) -> None:
    """Called by the send path with `raw_responses_wanted.get()`, when it is set: keep the answer there."""
    captured.append(ApiResponse(answer.status_code, answer.headers, answer.content, parsed, operation))


def raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[ApiResponse[T]]]:
    """Wrap an operation method so that it returns the `ApiResponse` instead of the model alone."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        captured: list[ApiResponse[Any]] = []
        token = raw_responses_wanted.set(captured)
        try:
            await method(*args, **kwargs)
        finally:
            raw_responses_wanted.reset(token)
        response: ApiResponse[T] = captured[-1]
        return response

    return call


class RawResponses:
    """`resource.with_raw_response`: each operation method, returning its `ApiResponse`."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[ApiResponse[Any]]]:
        method = getattr(self._resource, name)
        if name.startswith(("_", "iter_", "stream_")) or not callable(method):  # a download has its own headers
            raise AttributeError(f"{type(self._resource).__name__}.{name} is not an operation")
        return raw_response(method)
