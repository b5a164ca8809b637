"""The sender interface: one attempt of one request, on the wire, in one vocabulary.

The send loop (`_section.py`) owns attempts, retries, errors and logging; a sender only puts
a request on the wire and reads the whole answer. Whatever library sends, a failure without
an answer is reported as a `SendFailure` saying whether the request may have been sent and
whether it timed out, and no object it carries holds the request's headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import attrs
import httpx

from ._errors import RawResponse

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # decoded; list pages and detail-record CSVs fit well within


class SendFailure(Exception):
    """An attempt that got no usable answer.

    `sent` is False only when the request provably never reached the server (the connection
    could not be made, or no pooled connection was free in time).
    """

    def __init__(self, reason: str, *, sent: bool, timed_out: bool = False, too_large: bool = False) -> None:
        self.reason = reason
        self.sent = sent
        self.timed_out = timed_out
        self.too_large = too_large
        super().__init__(reason)


class Sender(Protocol):
    """Sends one attempt and returns the whole answer, or raises `SendFailure`.

    `timeout` bounds each phase (connect, a read, a write, waiting for the pool); `total`, when
    given, bounds the whole attempt, so a server dripping bytes cannot hold a call forever.
    """

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None,
    ) -> RawResponse: ...

    async def open_stream(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: httpx.Timeout,
        max_bytes: int,
        total: float | None,
    ) -> RawResponse:
        """Like `send`, but a 2xx answer comes back as a `StreamAnswer`, its body still unread.

        Any other answer is read whole (at most `max_bytes`), as `send` reads it. `total` bounds
        the attempt up to the answer's head (and an error body); reading a streamed body later
        is bounded by the read timeout of each read.
        """
        ...

    async def aclose(self) -> None: ...


class StreamBody(Protocol):
    """The unread body of a streamed answer, as a sender hands it over."""

    # The coding still to be taken off the raw pieces (None: they come decoded already).
    content_encoding: str | None

    async def read(self) -> bytes:
        """The next raw piece (b"" at the end); `SendFailure` when the body cannot be read."""
        ...

    async def aclose(self) -> None:
        """Let go of the connection: back to the pool when read to the end, closed otherwise."""
        ...


@attrs.frozen
class StreamAnswer(RawResponse):
    """A 2xx answer whose body is still on the wire; whoever takes it must `body.aclose()`."""

    body: StreamBody = attrs.field(kw_only=True, eq=False, repr=False)
