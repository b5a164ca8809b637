"""One section of the API (Core, FlexML, …): its base URL and credentials over the client's loop.

The generated endpoint modules contribute the two halves of each operation: `build_request`
(arguments → method, path, query, encoded body) and `parse_response` (status, headers, bytes →
model). Between them, `Section._call` sends through the client's one send loop.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs
import httpx

from ._auth import Credentials
from ._channel import Channel, check_headers, raise_for_status
from ._errors import APIResponseValidationError, ConfigurationError
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, Page, PagePosition, read_page
from ._response import raw_responses_wanted, record_raw_response
from ._retry import RetryPolicy
from .runtime import UNSET, Request, Unset

if TYPE_CHECKING:
    from ._streaming import Download

T = TypeVar("T")
TimeoutTypes = float | httpx.Timeout | None
Parse = Callable[[int, Mapping[str, str], bytes], T]


@attrs.frozen
class SectionConfig:
    """What distinguishes one section client from another sharing the same loop and pool."""

    name: str
    package: str
    base_url: httpx.URL
    credentials: Credentials
    timeout: httpx.Timeout
    headers: Mapping[str, str] = attrs.field(factory=dict)  # with_options extras; the client's own are the channel's
    retry: RetryPolicy | None = None  # None: the client's policy
    max_download_bytes: int | None = None  # the decoded size a streamed download may reach (None: no cap)


class Section:
    """Sends one section's operations through the client's send loop with its credentials."""

    def __init__(self, channel: Channel, config: SectionConfig) -> None:
        self._channel = channel
        self._config = config
        self._base = str(config.base_url).rstrip("/")

    @property
    def base_url(self) -> httpx.URL:
        return self._config.base_url

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> Self:
        """A copy of this section with other defaults, sharing the pool and the credentials."""
        config = self._config
        if not isinstance(timeout, Unset):
            config = attrs.evolve(config, timeout=httpx.Timeout(timeout))
        if retry is not None:
            config = attrs.evolve(config, retry=retry)
        if headers:
            config = attrs.evolve(config, headers={**config.headers, **check_headers(headers, "with_options")})
        return type(self)(self._channel, config)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base}>"

    async def _call(
        self,
        operation: str,
        build: Callable[[], Request],
        parse: Parse[T],
        *,
        timeout: TimeoutTypes | Unset,
        extra_headers: Mapping[str, str] | None,
        retry: RetryPolicy | None,
    ) -> T:
        """Build, send and parse one operation; a `CarrierXError` for anything that goes wrong."""
        request, url, headers = self._prepare(operation, build, extra_headers)
        config = self._config
        answer = await self._channel.exchange(
            operation,
            request.method,
            url,
            headers,
            request.body,
            credentials=config.credentials,
            timeout=config.timeout if isinstance(timeout, Unset) else httpx.Timeout(timeout),
            retry=retry or config.retry,
        )
        status = answer.status_code
        if not 200 <= status < 300:
            raise_for_status(
                answer, operation=operation, method=request.method, url=url, scopes=self._scopes(operation)
            )
        problem: str | None = None
        try:
            parsed = parse(status, answer.headers, answer.content)
        except Exception as error:  # whatever bad data provokes in a parser
            detail = str(error)
            problem = f"unreadable {status} response ({type(error).__name__}: {detail[:300]})"
        if problem is not None:
            raise APIResponseValidationError(
                problem, response=answer, method=request.method, url=url, operation=operation
            )
        captured = raw_responses_wanted.get()
        if captured is not None:
            record_raw_response(captured, answer, parsed, operation)
        return parsed

    def _stream(
        self,
        operation: str,
        build: Callable[[], Request],
        *,
        max_bytes: int | Unset | None,
        timeout: TimeoutTypes | Unset,
        extra_headers: Mapping[str, str] | None,
        retry: RetryPolicy | None,
    ) -> Download:
        """One download operation, to be streamed (`_streaming.py`); built now, sent when entered."""
        from ._streaming import Download, DownloadCall  # imported with the first download

        request, url, headers = self._prepare(operation, build, extra_headers)
        config = self._config
        call = DownloadCall(
            operation,
            request.method,
            url,
            headers,
            request.body,
            config.credentials,
            config.timeout if isinstance(timeout, Unset) else httpx.Timeout(timeout),
            retry or config.retry,
            config.max_download_bytes if isinstance(max_bytes, Unset) else max_bytes,
            lambda: self._scopes(operation),
        )
        return Download(self._channel, call)

    def _prepare(
        self, operation: str, build: Callable[[], Request], extra_headers: Mapping[str, str] | None
    ) -> tuple[Request, str, dict[str, str]]:
        """The request, its URL and its headers (the section's, the caller's checked ones, the body's type)."""
        try:
            request = build()
        except (ValueError, TypeError) as error:  # a refused identifier or body: nothing was sent
            raise ConfigurationError(f"{operation}: {error}") from None
        own = self._config.headers
        headers = dict(own) if own else {}
        if extra_headers:
            headers.update(check_headers(extra_headers, operation))
        if request.content_type:
            headers["Content-Type"] = request.content_type
        url = self._base + request.path
        if request.query:
            url += "?" + request.query
        return request, url, headers

    def _scopes(self, operation: str) -> tuple[str, ...]:
        """The token scopes an operation needs, read from the section's operation table."""
        table = importlib.import_module(f"{self._config.package}.operations").OPERATIONS
        found = table.get(operation)
        return tuple(found.scopes) if found is not None else ()

    def _paginate(
        self,
        operation: str,
        build: Callable[[PagePosition], Request],
        parse: Parse[Any],
        items: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        max_items: int | None = None,
        prefetch: bool = True,
        after: str | None = None,
        before: str | None = None,
        cursor_field: str | None = None,
        timeout: TimeoutTypes | Unset,
        extra_headers: Mapping[str, str] | None,
        retry: RetryPolicy | None,
    ) -> AsyncPaginator[Any]:
        """Every item of a list operation, page by page (see `AsyncPaginator`)."""

        async def fetch(position: PagePosition) -> Page[Any]:
            model = await self._call(
                operation,
                lambda: build(position),
                parse,
                timeout=timeout,
                extra_headers=extra_headers,
                retry=retry,
            )
            return read_page(model, items, position)

        return AsyncPaginator(
            fetch,
            page_size=page_size,
            max_items=max_items,
            after=after,
            before=before,
            cursor_field=cursor_field,
            prefetch=prefetch,
        )
