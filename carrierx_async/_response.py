"""The raw side of a call: status, headers and body next to the parsed model."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

from ._errors import REQUEST_ID_HEADERS

T = TypeVar("T")


@attrs.frozen
class ApiResponse(Generic[T]):
    """A successful response with its parsed model (`parsed`) and everything CarrierX sent."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    operation: str

    @property
    def request_id(self) -> str | None:
        return next((self.headers[name] for name in REQUEST_ID_HEADERS if name in self.headers), None)
