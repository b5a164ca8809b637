"""`CarrierX`: the root client, owning the one connection pool every section shares."""

from __future__ import annotations

import os
import ssl
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._auth import BasicAuth, BearerAuth, OAuthAuth, OAuthPasswordGrant, Origin
from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    ENV_TOKEN,
    SECTION_PACKAGES,
    resolve_base_url,
    section_url,
)
from ._direct import DirectSender
from ._errors import ConfigurationError
from ._ratelimit import AccountLimiter, RateLimit
from ._retry import RetryingTransport, RetryPolicy
from ._section import NOT_GIVEN, DirectPath, NotGiven, SectionConfig, TimeoutTypes
from ._transport import AutoTransport
from ._version import __version__

if TYPE_CHECKING:
    from .resources.conference import ConferenceAPI
    from .resources.conference_v2 import ConferenceV2API
    from .resources.core import CoreAPI
    from .resources.flexml import FlexMLAPI
    from .resources.mediator import MediatorAPI

__all__ = ["CarrierX"]

# Core endpoint `type` → the section that serves it.
ENDPOINT_SECTIONS = {
    "conference": "conference",
    "conference_v2": "conference_v2",
    "flexml": "flexml",
    "mediator": "mediator",
}


class CarrierX:
    """The CarrierX API: `cx.core` with a token, the endpoint APIs with an endpoint's login.

    Use it as an async context manager (or call `aclose()`); every section shares its pool.

    Args:
        token: Core API bearer token; defaults to the `CARRIERX_TOKEN` environment variable.
        oauth: obtain and refresh the Core token from `/oauth/token` instead of a fixed token.
        base_url: API root; defaults to `CARRIERX_BASE_URL`, then `https://api.carrierx.com`.
        timeout: default per-request timeout in seconds (or an `httpx.Timeout`).
        retry: the default `RetryPolicy` (`RetryPolicy.none()` never retries).
        limits: connection pool size and keep-alive.
        transport: an `httpx.AsyncBaseTransport` to send with (retries still apply), for
            example `httpx.MockTransport` or respx in your tests.
        http_client: an `httpx.AsyncClient` of your own, used as it is: its transport decides
            retries and pooling, and it is never closed by this client.
        verify: TLS verification (on by default; turning it off warns).
        rate_limit: requests per second for the whole account (every call, retries included;
            a 429 pauses them all), or a shared `AccountLimiter` such as `RedisRateLimit`.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        oauth: OAuthPasswordGrant | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | ssl.SSLContext = True,
        rate_limit: float | AccountLimiter | None = None,
    ) -> None:
        if token is not None and oauth is not None:
            raise ConfigurationError("pass either a token or OAuth credentials, not both")
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if http_client is not None and rate_limit is not None:  # RATE-LIMIT HOOK
            raise ConfigurationError("rate_limit needs the client's own transport: it cannot apply to http_client")
        self._base_url = resolve_base_url(base_url)
        self._origin = Origin.of(self._base_url)
        self._timeout = httpx.Timeout(timeout)
        self._headers = {"User-Agent": f"carrierx-async/{__version__}", **(headers or {})}
        self._core_auth: httpx.Auth | None = None
        if oauth is not None:
            self._core_auth = OAuthAuth(oauth, f"{section_url(self._base_url, 'core')}/oauth/token")
        elif token or os.environ.get(ENV_TOKEN):
            self._core_auth = BearerAuth(token or os.environ[ENV_TOKEN], self._origin)
        if verify is False:
            warnings.warn(
                "TLS certificate verification is off: anyone on the network path can read your credentials",
                stacklevel=2,
            )
        self._owns_http = http_client is None
        self.retry_transport: RetryingTransport | None = None
        self._direct: DirectPath | None = None
        if http_client is None:
            self.retry_transport = RetryingTransport(
                transport or AutoTransport(limits=limits, verify=verify),
                retry or RetryPolicy(),
                limiter=RateLimit(rate_limit) if isinstance(rate_limit, int | float) else rate_limit,  # RATE-LIMIT HOOK
            )
            if transport is None:  # the default transport: on asyncio, most calls skip httpx (_direct.py)
                self._direct = DirectPath(DirectSender(limits=limits, verify=verify), self.retry_transport)
            # Redirects are never followed: a Location header must not decide where credentials go.
            http_client = httpx.AsyncClient(transport=self.retry_transport, follow_redirects=False)
        self._http = http_client
        self._core: CoreAPI | None = None

    def __repr__(self) -> str:
        return f"<CarrierX {self._base_url}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()
        if self._direct is not None:
            await self._direct.sender.aclose()

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    def _config(self, section: str, auth: httpx.Auth, base_url: httpx.URL | None = None) -> SectionConfig:
        return SectionConfig(
            name=section,
            package=SECTION_PACKAGES[section],
            base_url=base_url or section_url(self._base_url, section),
            auth=auth,
            timeout=self._timeout,
            headers=self._headers,
            unwrap_body=section == "mediator",
        )

    @property
    def core(self) -> CoreAPI:
        """The Core API, authenticated with the token (or OAuth credentials) given to the client."""
        if self._core is None:
            if self._core_auth is None:
                raise ConfigurationError(f"the Core API needs a token: pass token=... or set {ENV_TOKEN}")
            from .resources.core import CoreAPI

            self._core = CoreAPI(self._http, self._config("core", self._core_auth), self._direct)
        return self._core

    def _endpoint_config(self, section: str, login: str, password: str, base_url: httpx.URL | None) -> SectionConfig:
        url = base_url or section_url(self._base_url, section)
        if not self._origin.admits(url):
            raise ConfigurationError(
                f"{section} API URL {url.host} is not the configured host {self._base_url.host}; "
                "pass base_url= to CarrierX to talk to another host"
            )
        return self._config(section, BasicAuth(login, password, self._origin), url)

    def conference(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> ConferenceAPI:
        """The Conference API v1 for one Conference endpoint's login and password."""
        from .resources.conference import ConferenceAPI

        return ConferenceAPI(self._http, self._endpoint_config("conference", login, password, base_url), self._direct)

    def conference_v2(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> ConferenceV2API:
        """The Conference API v2 for one Conference v2 endpoint's login and password."""
        from .resources.conference_v2 import ConferenceV2API

        return ConferenceV2API(
            self._http, self._endpoint_config("conference_v2", login, password, base_url), self._direct
        )

    def flexml(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> FlexMLAPI:
        """The FlexML API for one FlexML endpoint's login and password."""
        from .resources.flexml import FlexMLAPI

        return FlexMLAPI(self._http, self._endpoint_config("flexml", login, password, base_url), self._direct)

    def mediator(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> MediatorAPI:
        """The Mediator API for one Mediator endpoint's login and password."""
        from .resources.mediator import MediatorAPI

        return MediatorAPI(self._http, self._endpoint_config("mediator", login, password, base_url), self._direct)

    async def for_endpoint(
        self, endpoint_sid: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    ) -> ConferenceAPI | ConferenceV2API | FlexMLAPI | MediatorAPI:
        """The section client for a Core endpoint, with that endpoint's own credentials.

        Reads the endpoint through the Core API, takes its login, password and API URL, and
        picks the section from the endpoint type.
        """
        from carrierx_core.models import EndpointProperties

        endpoint = await self.core.endpoints.get_endpoint(endpoint_sid, timeout=timeout)
        endpoint_type = endpoint.type_ if isinstance(endpoint.type_, str) else None
        section = ENDPOINT_SECTIONS.get(endpoint_type or "")
        if section is None:
            raise ConfigurationError(f"endpoint {endpoint_sid} is of type {endpoint_type!r}, which has no API")
        properties = endpoint.properties
        if not isinstance(properties, EndpointProperties):
            raise ConfigurationError(f"endpoint {endpoint_sid} has no properties with its credentials")
        login, password, api_url = properties.login, properties.password, properties.api_url
        if not isinstance(login, str) or not isinstance(password, str):
            raise ConfigurationError(f"endpoint {endpoint_sid} has no login and password in its properties")
        base_url = httpx.URL(api_url.rstrip("/")) if isinstance(api_url, str) and api_url else None
        if section == "conference":
            return self.conference(login, password, base_url=base_url)
        if section == "conference_v2":
            return self.conference_v2(login, password, base_url=base_url)
        if section == "flexml":
            return self.flexml(login, password, base_url=base_url)
        return self.mediator(login, password, base_url=base_url)
