"""Credentials: a fixed bearer token, an endpoint's login (HTTP Basic), or OAuth with renewal.

Every credential is bound to one origin (scheme, host, port): the send loop attaches it only
to requests for that origin, so a redirect or a `pagination.next` URL pointing elsewhere can
never carry it. Reprs never show a secret.
"""

from __future__ import annotations

import base64
import datetime
import functools
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:
    import anyio

from ._errors import (
    APIResponseValidationError,
    AuthenticationError,
    ConfigurationError,
    RawResponse,
    status_error_class,
)

__all__ = ["BasicAuth", "BearerAuth", "Credentials", "OAuthAuth", "OAuthPasswordGrant", "Origin"]

TOKEN_OPERATION = "generate_oauth_bearer_token"  # the operationId of POST /oauth/token

# Sends the token request (a form body) through the client's send loop, without credentials.
TokenFetch = Callable[[str, bytes], Awaitable[RawResponse]]


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

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}" + (f":{self.port}" if self.port is not None else "")

    @property
    def prefix(self) -> str:
        return f"{self}/"

    def check(self, url: str) -> None:
        """Refuse, before sending, to attach credentials to a URL of any other origin."""
        if not url.startswith(self.prefix):
            target = httpx.URL(url)
            raise ConfigurationError(
                f"refusing to send credentials to {target.scheme}://{target.host}: they belong to {self}"
            )


class Credentials:
    """What the send loop asks for before each attempt: an `Authorization` header value."""

    origin: Origin
    static_header: str | None = None  # fixed credentials: no await needed

    @functools.cached_property
    def origin_prefix(self) -> str:
        """Every URL these credentials may go to starts with this (scheme, host, port and "/")."""
        return self.origin.prefix

    async def authorization(self) -> tuple[str, int]:
        """The header value and its generation (which token it is)."""
        assert self.static_header is not None
        return self.static_header, 0

    async def renew(self, generation: int) -> bool:
        """After a 401 with that generation: True when a new credential is worth one more try."""
        return False


class HeaderAuth(Credentials):
    """Credentials that are one fixed `Authorization` header, sent only to `origin`."""

    def __init__(self, header: str, origin: Origin) -> None:
        self.static_header = header
        self.origin = origin

    @property
    def header(self) -> str:
        assert self.static_header is not None
        return self.static_header


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


class OAuthAuth(Credentials):
    """Obtains a Core token from `/oauth/token`, renews it before it expires and once after a 401.

    Concurrent requests share one renewal: the first to find the token missing or stale fetches
    a new one while the others wait for it, so a thousand calls on an expired token cause one
    token request. The token request goes through the client's own send loop (`bind`).
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
        self._token_url = str(token_url)
        self.origin = Origin.of(self._token_url)
        self._refresh_margin = refresh_margin
        self._margin = refresh_margin
        self._clock = clock
        self._lock_instance: anyio.Lock | None = None
        self._header: str | None = None
        self._expires_at: float | None = None
        self._generation = 0  # bumped on every new token, so a 401 renews at most once
        self._fetch: TokenFetch | None = None
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"OAuthAuth(grant={self._grant!r}, token_url={self._token_url!r})"

    def bind(self, fetch: TokenFetch) -> None:
        self._fetch = fetch

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

    async def _renew(self) -> None:
        if self._fetch is None:
            raise ConfigurationError("OAuthAuth is not bound to a client")
        self.token_requests += 1
        response = await self._fetch(self._token_url, _form(self._grant.form()))
        self._store(response)

    def _store(self, response: RawResponse) -> None:
        where: dict[str, Any] = {"method": "POST", "url": self._token_url, "operation": TOKEN_OPERATION}
        if response.status_code != 200:
            raise status_error_class(response.status_code)(response=response, **where)
        try:
            data: Any = json.loads(response.content)
            token = data["access_token"]
        except (ValueError, KeyError, TypeError, RecursionError):
            raise APIResponseValidationError(
                "the token response has no access_token", response=response, **where
            ) from None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response=response, **where)
        self._header = f"Bearer {token}"
        self._expires_at = _timestamp(data.get("date_expiration_access_token"))
        # Renew early, but never so early that a short-lived token is stale the moment it arrives.
        lifetime = None if self._expires_at is None else self._expires_at - self._clock()
        self._margin = self._refresh_margin if lifetime is None else min(self._refresh_margin, max(lifetime, 0) / 2)
        self._generation += 1

    async def authorization(self) -> tuple[str, int]:
        if not self._is_fresh():
            async with self._lock:
                if not self._is_fresh():
                    await self._renew()
        assert self._header is not None
        return self._header, self._generation

    async def renew(self, generation: int) -> bool:
        async with self._lock:
            if self._generation == generation:
                await self._renew()
        return True


def _form(fields: dict[str, str]) -> bytes:
    from urllib.parse import urlencode

    return urlencode(list(fields.items())).encode()


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
