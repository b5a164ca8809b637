"""The send path every operation of every section goes through.

The generated endpoint modules contribute two pure functions per operation: `_get_kwargs`
(arguments → method, path, query, body) and `_parse_response` (response → model). Everything
else happens here, once: the section's base URL, credentials, timeouts, headers, error
mapping, and the Mediator response wrapper.
"""

from __future__ import annotations

import importlib
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, Final, Self, TypeVar

import attrs
import httpx

from ._auth import HeaderAuth
from ._direct import DirectSender, encode_body, encode_query
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    safe_url,
    status_error_class,
)
from ._response import ApiResponse
from ._retry import RETRY_EXTENSION, RetryingTransport, RetryPolicy
from ._transport import running_on_asyncio

logger = logging.getLogger("carrierx_async")


class NotGiven:
    """Marks an argument the caller left out (distinct from None, which can mean "no timeout")."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None
PathValue = TypeVar("PathValue")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
ParseFunction = Callable[..., Any]


def check_path_parameter(name: str, value: PathValue) -> PathValue:
    """Refuse identifiers that would change the request path, before anything is sent.

    The generated code percent-encodes each identifier into one path segment; what encoding
    cannot make safe (empty, `.`/`..` which URL normalisation would resolve, control
    characters) is refused here.
    """
    text = str(value)
    if not text.strip() or text in (".", "..") or CONTROL_CHARACTERS.search(text) or not _encodable(text):
        raise ConfigurationError(f"{name} {value!r} is not a valid identifier")
    return value


def _encodable(text: str) -> bool:
    """Whether UTF-8 can carry the text (a lone surrogate cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@attrs.frozen
class SectionConfig:
    """What distinguishes one section client from another sharing the same pool."""

    name: str
    package: str
    base_url: httpx.URL
    auth: httpx.Auth
    timeout: httpx.Timeout
    headers: Mapping[str, str] = attrs.field(factory=dict)
    retry: RetryPolicy | None = None  # None: the transport's default policy
    unwrap_body: bool = False  # Mediator's docs show responses wrapped as {"body": ..., "status": ...}


@attrs.frozen
class DirectPath:
    """The client's aiohttp sender and its retry layer, for the lean asyncio path."""

    sender: DirectSender
    retries: RetryingTransport


class Section:
    """Sends one section's operations over the shared connection pool with its credentials."""

    def __init__(self, http: httpx.AsyncClient, config: SectionConfig, direct: DirectPath | None = None) -> None:
        self._http = http
        self._config = config
        self._direct = direct
        auth = config.auth
        self._authorization = auth.header if isinstance(auth, HeaderAuth) else None
        self._base = str(config.base_url).rstrip("/")
        client_module = importlib.import_module(f"{config.package}.client")
        # Only read for `raise_on_unexpected_status` by the generated parsers; never sends.
        self._parse_client = client_module.Client(base_url=self._base, raise_on_unexpected_status=True)

    @property
    def base_url(self) -> httpx.URL:
        return self._config.base_url

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> Self:
        """A copy of this section with other defaults, sharing the pool and the credentials."""
        config = self._config
        if not isinstance(timeout, NotGiven):
            config = attrs.evolve(config, timeout=httpx.Timeout(timeout))
        if retry is not None:
            config = attrs.evolve(config, retry=retry)
        if headers:
            config = attrs.evolve(config, headers={**config.headers, **headers})
        return type(self)(self._http, config, self._direct)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._base}>"

    async def send(
        self,
        operation: str,
        kwargs: dict[str, Any],
        parse: ParseFunction,
        *,
        scopes: tuple[str, ...] = (),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | None = None,
    ) -> ApiResponse[Any]:
        """Send one operation and return its parsed response, or raise a `CarrierXError`."""
        policy = retry or self._config.retry
        if (
            self._direct is not None
            and self._authorization is not None
            and "files" not in kwargs
            and running_on_asyncio()
        ):
            return await self._send_direct(operation, kwargs, parse, scopes, timeout, extra_headers, policy)
        try:
            request = self._build_request(kwargs, timeout, extra_headers)
        except httpx.InvalidURL as error:
            raise ConfigurationError(f"{operation}: the request URL is not valid ({error})") from None
        except (ValueError, TypeError) as error:  # a body value JSON or a form cannot carry
            raise ConfigurationError(f"{operation}: the request body cannot be encoded ({error})") from None
        if policy is not None:
            request.extensions[RETRY_EXTENSION] = policy
        started = time.perf_counter()
        try:
            response = await self._http.send(request, auth=self._config.auth)
        except httpx.TimeoutException as error:
            raise APITimeoutError(f"timed out: {type(error).__name__}", request=request, operation=operation) from None
        except httpx.DecodingError as error:
            raise APIConnectionError(f"undecodable body: {error}", request=request, operation=operation) from None
        except (httpx.HTTPError, OSError) as error:  # every other way sending fails: none escapes raw
            raise APIConnectionError(
                f"connection failed: {type(error).__name__}", request=request, operation=operation
            ) from None
        return self._finish(operation, parse, response, scopes, started, request.method, request.url)

    async def _send_direct(
        self,
        operation: str,
        kwargs: dict[str, Any],
        parse: ParseFunction,
        scopes: tuple[str, ...],
        timeout: TimeoutTypes | NotGiven,
        extra_headers: Mapping[str, str] | None,
        policy: RetryPolicy | None,
    ) -> ApiResponse[Any]:
        import aiohttp

        assert self._direct is not None and self._authorization is not None
        method = kwargs["method"].upper()
        url = self._base + kwargs["url"]
        query = encode_query(kwargs.get("params") or {})
        if query:
            url += "?" + query
        try:
            body, content_type = encode_body(kwargs)
        except (ValueError, TypeError) as error:  # a body value JSON or a form cannot carry
            raise ConfigurationError(f"{operation}: the request body cannot be encoded ({error})") from None
        headers = {
            "Accept-Encoding": "gzip, deflate",
            **self._config.headers,
            **kwargs.get("headers", {}),
            **(extra_headers or {}),
            "Authorization": self._authorization,
        }
        if content_type:
            headers["Content-Type"] = content_type
        chosen_timeout = self._config.timeout if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        retries = self._direct.retries
        loop = retries.loop(policy or retries.policy, method, url)
        started = time.perf_counter()
        while True:
            await loop.before_attempt()  # RATE-LIMIT HOOK
            try:
                response = await self._direct.sender.send(method, url, headers, body, chosen_timeout)
            except httpx.DecodingError as error:  # the answer's Content-Encoding lied
                raise APIConnectionError(
                    f"undecodable body: {error}", request=httpx.Request(method, url), operation=operation
                ) from None
            except (TimeoutError, aiohttp.ClientError, OSError) as error:
                wait = loop.after_error(error)
                if wait is None:
                    request = httpx.Request(method, url)
                    if isinstance(error, TimeoutError):
                        raise APITimeoutError(
                            f"timed out: {type(error).__name__}", request=request, operation=operation
                        ) from None
                    raise APIConnectionError(
                        f"connection failed: {type(error).__name__}", request=request, operation=operation
                    ) from None
                reason = type(error).__name__
            else:
                wait = loop.after_status(response.status_code, response.headers.get("retry-after"))
                if wait is None:
                    break
                reason = str(response.status_code)
            await loop.pause(wait, reason)
        if not response.is_success:  # errors carry the request (method and URL, never the credentials)
            response.request = httpx.Request(method, url)
        return self._finish(operation, parse, response, scopes, started, method, url)

    def _finish(
        self,
        operation: str,
        parse: ParseFunction,
        response: httpx.Response,
        scopes: tuple[str, ...],
        started: float,
        method: str,
        url: httpx.URL | str,
    ) -> ApiResponse[Any]:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.1f ms",
                method,
                safe_url(url) if isinstance(url, httpx.URL) else url,  # section URLs never hold credentials
                response.status_code,
                (time.perf_counter() - started) * 1000,
                extra={"carrierx_operation": operation},
            )
        if not response.is_success:
            raise status_error_class(response.status_code)(
                response=response, operation=operation, required_scopes=scopes
            )
        return ApiResponse(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=self._parse(operation, parse, response, method, url),
            operation=operation,
        )

    def _build_request(
        self, kwargs: dict[str, Any], timeout: TimeoutTypes | NotGiven, extra_headers: Mapping[str, str] | None
    ) -> httpx.Request:
        headers = {**self._config.headers, **kwargs.get("headers", {}), **(extra_headers or {})}
        # The generator pins the multipart boundary to "+++"; let httpx pick a random one so
        # file content can never end the part early.
        if headers.get("Content-Type", "").startswith("multipart/form-data"):
            del headers["Content-Type"]
        chosen_timeout = self._config.timeout if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        return self._http.build_request(
            kwargs["method"].upper(),
            self._base + kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            content=kwargs.get("content"),
            headers=headers,
            timeout=chosen_timeout,
        )

    def _parse(
        self, operation: str, parse: ParseFunction, response: httpx.Response, method: str, url: httpx.URL | str
    ) -> Any:
        if self._config.unwrap_body:
            response = unwrap_body(response)
        try:
            return parse(client=self._parse_client, response=response)
        except Exception as error:  # the generated parsers raise whatever bad data provokes
            response.request = httpx.Request(method, url)  # the lean path leaves it out on success
            detail = str(error)
            if len(detail) > 300:  # the generator's UnexpectedStatus quotes the whole body
                detail = detail[:300] + "…"
            raise APIResponseValidationError(
                f"unreadable {response.status_code} response ({type(error).__name__}: {detail})",
                response=response,
                operation=operation,
            ) from error


def unwrap_body(response: httpx.Response) -> httpx.Response:
    """Mediator's documented `{"body": <object>, "status": 200}` → a response of the inner object."""
    if not response.content or not response.headers.get("content-type", "").startswith("application/json"):
        return response
    try:
        data = response.json()
    except ValueError:
        return response
    if isinstance(data, dict) and set(data) == {"body", "status"}:
        # The new body is already decoded and has its own length.
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        return httpx.Response(response.status_code, json=data["body"], headers=headers)
    return response
