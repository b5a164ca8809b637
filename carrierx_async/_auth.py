"""Credentials as `httpx.Auth` flows: bearer token, HTTP Basic, and OAuth with refresh.

Every flow is bound to one origin (scheme, host, port) and refuses to attach credentials to a
request for any other, so a redirect or a `pagination.next` URL pointing elsewhere can never
carry them. Reprs never show a secret.
"""

from __future__ import annotations

import base64
import datetime
import time
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:
    import anyio

from ._errors import APIResponseValidationError, AuthenticationError, ConfigurationError, status_error_class

__all__ = ["BasicAuth", "BearerAuth", "OAuthAuth", "OAuthPasswordGrant", "Origin"]

TOKEN_OPERATION = "generate_oauth_bearer_token"  # the operationId of POST /oauth/token


@attrs.frozen
class Origin:
    """Scheme, host and port: the only place credentials may be sent."""

    scheme: str
    host: str
    port: int | None

    @classmethod
    def of(cls, url: httpx.URL | str) -> Origin:
        url = httpx.URL(url)
        return cls(url.scheme, url.host, url.port)

    def admits(self, url: httpx.URL) -> bool:
        return (url.scheme, url.host, url.port) == (self.scheme, self.host, self.port)

    def check(self, request: httpx.Request) -> None:
        if not self.admits(request.url):
            raise ConfigurationError(
                f"refusing to send credentials to {request.url.scheme}://{request.url.host}: "
                f"they belong to {self.scheme}://{self.host}"
            )


class HeaderAuth(httpx.Auth):
    """Credentials that are one fixed `Authorization` header, sent only to `origin`."""

    def __init__(self, header: str, origin: Origin) -> None:
        self._header = header
        self.origin = origin

    @property
    def header(self) -> str:
        """The `Authorization` value, for senders that bypass httpx's auth flow."""
        return self._header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.origin.check(request)
        request.headers["Authorization"] = self._header
        yield request


class BearerAuth(HeaderAuth):
    """A fixed Core API token, sent as `Authorization: Bearer …`."""

    def __init__(self, token: str, origin: Origin) -> None:
        if not token:
            raise ConfigurationError("the Core API token is empty")
        super().__init__(f"Bearer {token}", origin)

    def __repr__(self) -> str:
        return f"BearerAuth(token='***', origin={self.origin.host!r})"


class BasicAuth(HeaderAuth):
    """An endpoint's login and password (Conference, Conference v2, FlexML, Mediator)."""

    def __init__(self, login: str, password: str, origin: Origin) -> None:
        if not login or not password:
            raise ConfigurationError("an endpoint login and password are both required")
        self.login = login
        super().__init__("Basic " + base64.b64encode(f"{login}:{password}".encode()).decode("ascii"), origin)

    def __repr__(self) -> str:
        return f"BasicAuth(login={self.login!r}, password='***', origin={self.origin.host!r})"


@attrs.frozen(repr=False)
class OAuthPasswordGrant:
    """What `/oauth/token` needs to issue a Core API token (the password grant)."""

    client_id: str
    client_secret: str
    username: str
    password: str
    scopes: Sequence[str] | None = None

    def form(self) -> dict[str, str]:
        fields = {
            "grant_type": "password",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "username": self.username,
            "password": self.password,
        }
        if self.scopes:
            fields["scope"] = " ".join(self.scopes)
        return fields

    def __repr__(self) -> str:
        return f"OAuthPasswordGrant(client_id={self.client_id!r}, username={self.username!r}, secrets='***')"


class OAuthAuth(httpx.Auth):
    """Obtains a Core token from `/oauth/token`, renews it before it expires and once after a 401.

    Concurrent requests share one refresh: the first to find the token missing or stale fetches
    a new one while the others wait for it, so a thousand calls on an expired token cause one
    token request.
    """

    def __init__(
        self,
        grant: OAuthPasswordGrant,
        token_url: httpx.URL | str,
        *,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._grant = grant
        self._token_url = httpx.URL(token_url)
        self.origin = Origin.of(self._token_url)
        self._refresh_margin = refresh_margin
        self._margin = refresh_margin
        self._clock = clock
        self._lock_instance: anyio.Lock | None = None
        self._header: str | None = None
        self._expires_at: float | None = None
        self._generation = 0  # bumped on every new token, so a 401 refreshes at most once
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"OAuthAuth(grant={self._grant!r}, token_url={str(self._token_url)!r})"

    @property
    def _lock(self) -> anyio.Lock:
        # Made on first use: importing anyio (and asyncio with it) costs every import of the package.
        if self._lock_instance is None:
            import anyio

            self._lock_instance = anyio.Lock()
        return self._lock_instance

    def _is_fresh(self) -> bool:
        if self._header is None:
            return False
        return self._expires_at is None or self._clock() < self._expires_at - self._margin

    def _token_request(self) -> httpx.Request:
        return httpx.Request("POST", self._token_url, data=self._grant.form())

    def _store(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise status_error_class(response.status_code)(response=response, operation=TOKEN_OPERATION)
        try:
            data: Any = response.json()
            token = data["access_token"]
        except (ValueError, KeyError, TypeError):
            raise APIResponseValidationError(
                "the token response has no access_token", response=response, operation=TOKEN_OPERATION
            ) from None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response=response, operation=TOKEN_OPERATION)
        self._header = f"Bearer {token}"
        self._expires_at = _timestamp(data.get("date_expiration_access_token"))
        # Renew early, but never so early that a short-lived token is stale the moment it arrives.
        lifetime = None if self._expires_at is None else self._expires_at - self._clock()
        self._margin = self._refresh_margin if lifetime is None else min(self._refresh_margin, max(lifetime, 0) / 2)
        self._generation += 1

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self.origin.check(request)
        async with self._lock:
            if not self._is_fresh():
                self.token_requests += 1
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
            used_generation = self._generation
            assert self._header is not None
            request.headers["Authorization"] = self._header

        response = yield request
        if response.status_code != 401:
            return
        async with self._lock:
            if self._generation == used_generation:
                self.token_requests += 1
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
            assert self._header is not None
            request.headers["Authorization"] = self._header
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise ConfigurationError("OAuthAuth works with httpx.AsyncClient only")
        yield request  # pragma: no cover - makes this a generator, as httpx expects


def _timestamp(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()
