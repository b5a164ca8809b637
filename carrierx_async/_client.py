"""`CarrierX`: the root client, owning the one connection pool every section shares."""

from __future__ import annotations

import os
import ssl
import warnings
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar, overload

import httpx

from ._auth import BasicAuth, BearerAuth, Credentials, OAuthAuth, OAuthPasswordGrant, Origin
from ._channel import Channel, check_headers
from ._config import DEFAULT_LIMITS, DEFAULT_TIMEOUT, ENV_TOKEN, resolve_base_url, section_url
from ._decoding import ACCEPT_ENCODING
from ._errors import ConfigurationError, RawResponse
from ._ratelimit import AccountLimiter, RateLimit
from ._retry import RetryPolicy
from ._section import Section, SectionConfig, TimeoutTypes
from ._sections import BY_NAME, ENDPOINT_SECTIONS
from ._senders import DEFAULT_MAX_RESPONSE_BYTES
from ._version import __version__
from .runtime import UNSET, Unset

if TYPE_CHECKING:
    from .resources.conference import ConferenceAPI
    from .resources.conference_v2 import ConferenceV2API
    from .resources.core import CoreAPI
    from .resources.flexml import FlexMLAPI
    from .resources.mediator import MediatorAPI

__all__ = ["CarrierX"]


EndpointAPI = TypeVar("EndpointAPI", "ConferenceAPI", "ConferenceV2API", "FlexMLAPI", "MediatorAPI")


class CarrierX:
    """The CarrierX API: `cx.core` with a token, the endpoint APIs with an endpoint's login.

    Use it as an async context manager (or call `aclose()`); every section shares its pool and
    its send loop. After `aclose()` the client refuses to send.

    Args:
        token: Core API bearer token; defaults to the `CARRIERX_TOKEN` environment variable.
        oauth: obtain and refresh the Core token from `/oauth/token` instead of a fixed token.
        base_url: API root; defaults to `CARRIERX_BASE_URL`, then `https://api.carrierx.com`.
        timeout: default per-request timeout in seconds (or an `httpx.Timeout`).
        retry: the default `RetryPolicy` (`RetryPolicy.none()` never retries).
        limits: connection pool size and keep-alive (of the client's own pool: a `transport` or
            `http_client` of yours has its own).
        headers: headers added to every request.
        transport: an `httpx.AsyncBaseTransport` to send with (retries still apply), for
            example `httpx.MockTransport`, respx, or `FakeTransport(FakeCarrierX())` in tests.
        http_client: an `httpx.AsyncClient` of your own; it is never closed by this client.
        verify: TLS verification (on by default; turning it off warns).
        max_response_bytes: the largest answer read whole (after decompression); past it the
            call fails with `ResponseTooLargeError`. Downloads streamed with a resource's
            `stream_*` methods are not held whole and are not bound by it.
        max_download_bytes: the largest body a streamed download may decode to (None, the
            default: no cap; memory stays bounded either way). Set it to bound disk use when
            saving bodies you do not trust.
        allow_plain_http_hosts: test hosts that may be reached over plain HTTP (a fake server in
            docker-compose); defaults to `CARRIERX_ALLOW_PLAIN_HTTP`. Loopback always may.
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
        limits: httpx.Limits | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | ssl.SSLContext = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_download_bytes: int | None = None,
        allow_plain_http_hosts: Iterable[str] | None = None,
        rate_limit: float | AccountLimiter | None = None,
    ) -> None:
        if token is not None and oauth is not None:
            raise ConfigurationError("pass either a token or OAuth credentials, not both")
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if limits is not None and (http_client is not None or transport is not None):
            raise ConfigurationError(
                "limits size the client's own pool; with a transport or http_client of yours, set them on it"
            )
        self._base_url = resolve_base_url(base_url, allow_plain_http_hosts=allow_plain_http_hosts)
        self._origin = Origin.of(self._base_url)
        self._timeout = httpx.Timeout(timeout)
        self._headers = {
            "User-Agent": f"carrierx-async/{__version__}",
            "Accept": "*/*",
            "Accept-Encoding": ACCEPT_ENCODING,  # what the capped decoder decodes, on every sender
            **check_headers(headers or {}, "headers"),
        }
        if verify is False:
            warnings.warn(
                "TLS certificate verification is off: anyone on the network path can read your credentials",
                stacklevel=2,
            )
        self._channel = Channel(
            limits=limits or DEFAULT_LIMITS,
            verify=verify,
            retry=retry or RetryPolicy(),
            transport=transport,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
            limiter=RateLimit(rate_limit) if isinstance(rate_limit, int | float) else rate_limit,
            headers=self._headers,
        )
        self._max_download_bytes = max_download_bytes
        self._core_auth: Credentials | None = None
        if oauth is not None:
            oauth_auth = OAuthAuth(oauth, f"{section_url(self._base_url, 'core')}/oauth/token")
            oauth_auth.bind(self._fetch_token)
            self._core_auth = oauth_auth
        elif token or os.environ.get(ENV_TOKEN):
            self._core_auth = BearerAuth(token or os.environ[ENV_TOKEN], self._origin)
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
        """Close the connection pool (a caller's own `http_client` stays open)."""
        await self._channel.aclose()

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def retries(self) -> int:
        """Retries made so far by every call of this client (each repeated attempt counts once)."""
        return self._channel.retries

    async def _fetch_token(self, url: str, form: bytes) -> RawResponse:
        return await self._channel.exchange(
            "generate_oauth_bearer_token",
            "POST",
            url,
            {"Content-Type": "application/x-www-form-urlencoded"},
            form,
            credentials=None,
            timeout=self._timeout,
            retry=None,
        )

    def _config(self, section: str, credentials: Credentials, base_url: httpx.URL | None = None) -> SectionConfig:
        return SectionConfig(
            name=section,
            package=BY_NAME[section].package,
            base_url=base_url or section_url(self._base_url, section),
            credentials=credentials,
            timeout=self._timeout,
            max_download_bytes=self._max_download_bytes,
        )

    @property
    def core(self) -> CoreAPI:
        """The Core API, authenticated with the token (or OAuth credentials) given to the client."""
        if self._core is None:
            if self._core_auth is None:
                raise ConfigurationError(f"the Core API needs a token: pass token=... or set {ENV_TOKEN}")
            from .resources.core import CoreAPI

            self._core = CoreAPI(self._channel, self._config("core", self._core_auth))
        return self._core

    def _endpoint_config(self, section: str, login: str, password: str, base_url: httpx.URL | None) -> SectionConfig:
        url = base_url or section_url(self._base_url, section)
        if not self._origin.admits(url):
            raise ConfigurationError(
                f"{section} API URL {Origin.of(url)} is not the configured origin {self._origin}; "
                "pass base_url= to CarrierX to talk to another host"
            )
        return self._config(section, BasicAuth(login, password, self._origin), url)

    def conference(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> ConferenceAPI:
        """The Conference API v1 for one Conference endpoint's login and password."""
        from .resources.conference import ConferenceAPI

        return ConferenceAPI(self._channel, self._endpoint_config("conference", login, password, base_url))

    def conference_v2(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> ConferenceV2API:
        """The Conference API v2 for one Conference v2 endpoint's login and password."""
        from .resources.conference_v2 import ConferenceV2API

        return ConferenceV2API(self._channel, self._endpoint_config("conference_v2", login, password, base_url))

    def flexml(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> FlexMLAPI:
        """The FlexML API for one FlexML endpoint's login and password."""
        from .resources.flexml import FlexMLAPI

        return FlexMLAPI(self._channel, self._endpoint_config("flexml", login, password, base_url))

    def mediator(self, login: str, password: str, *, base_url: httpx.URL | None = None) -> MediatorAPI:
        """The Mediator API for one Mediator endpoint's login and password."""
        from .resources.mediator import MediatorAPI

        return MediatorAPI(self._channel, self._endpoint_config("mediator", login, password, base_url))

    @overload
    async def for_endpoint(
        self, endpoint_sid: str, api: type[EndpointAPI], *, timeout: TimeoutTypes | Unset = UNSET
    ) -> EndpointAPI: ...

    @overload
    async def for_endpoint(
        self, endpoint_sid: str, *, timeout: TimeoutTypes | Unset = UNSET
    ) -> ConferenceAPI | ConferenceV2API | FlexMLAPI | MediatorAPI: ...

    async def for_endpoint(
        self, endpoint_sid: str, api: type[Section] | None = None, *, timeout: TimeoutTypes | Unset = UNSET
    ) -> Section:
        """The section client for a Core endpoint, with that endpoint's own credentials.

        Reads the endpoint through the Core API and takes its login, password and API URL. Name
        the section you expect (`FlexMLAPI`, `MediatorAPI`, `ConferenceAPI`, `ConferenceV2API`)
        to get it typed; an endpoint of another type is then a `ConfigurationError`:

            flexml = await cx.for_endpoint(endpoint_sid, FlexMLAPI)
        """
        endpoint = await self.core.endpoints.get_endpoint(endpoint_sid, timeout=timeout)
        section = str(endpoint.type_ or "")
        if section not in ENDPOINT_SECTIONS:
            raise ConfigurationError(f"endpoint {endpoint_sid} is of type {endpoint.type_!r}, which has no API")
        if api is not None and BY_NAME[section].api_class != api.__name__:
            raise ConfigurationError(
                f"endpoint {endpoint_sid} is of type {endpoint.type_!r}, which is not served by {api.__name__}"
            )
        properties = endpoint.properties
        if properties is None or not properties.login or not properties.password:
            raise ConfigurationError(f"endpoint {endpoint_sid} has no login and password in its properties")
        api_url = properties.api_url
        base_url = httpx.URL(api_url.rstrip("/")) if api_url else None
        factory = getattr(self, section)
        chosen: Section = factory(properties.login, properties.password, base_url=base_url)
        return chosen
