"""Defaults and environment variables, resolved once when a client is built."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

import httpx

from ._errors import ConfigurationError
from ._sections import SECTIONS

DEFAULT_BASE_URL = "https://api.carrierx.com"

# Web apps must never wait forever; batch jobs may raise these per client or per call.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# Sized for batch jobs: many requests in flight over kept-alive connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=200, max_keepalive_connections=200, keepalive_expiry=30.0)

# Each section's path under the base URL, from the one table of sections.
SECTION_PATHS: Mapping[str, str] = {section.name: section.path for section in SECTIONS}

ENV_TOKEN = "CARRIERX_TOKEN"
ENV_BASE_URL = "CARRIERX_BASE_URL"
# Comma-separated test hosts (a fake server in docker-compose or a CI service) that may be reached
# over plain HTTP, e.g. `CARRIERX_ALLOW_PLAIN_HTTP=fake,carrierx-mock`.
ENV_ALLOW_PLAIN_HTTP = "CARRIERX_ALLOW_PLAIN_HTTP"


def resolve_base_url(
    base_url: str | httpx.URL | None,
    environ: Mapping[str, str] = os.environ,
    *,
    allow_plain_http_hosts: Iterable[str] | None = None,
) -> httpx.URL:
    """The argument, else `CARRIERX_BASE_URL`, else the public API; HTTPS unless on loopback.

    Args:
        allow_plain_http_hosts: host names that may be reached over plain HTTP (test servers);
            defaults to `CARRIERX_ALLOW_PLAIN_HTTP`. Loopback always may.
    """
    url = httpx.URL(str(base_url or environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/"))
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base URL must be an absolute http(s) URL, not {str(url)!r}")
    if url.userinfo:
        raise ConfigurationError("base URL must not contain credentials; pass them as arguments")
    if url.scheme == "http" and not is_loopback(url.host):
        allowed = plain_http_hosts(allow_plain_http_hosts, environ)
        if url.host not in allowed:
            raise ConfigurationError(
                f"refusing plain HTTP to {url.host}: credentials would travel unencrypted "
                f"(for a test server, name it in allow_plain_http_hosts= or {ENV_ALLOW_PLAIN_HTTP})"
            )
    return url


def plain_http_hosts(hosts: Iterable[str] | None, environ: Mapping[str, str] = os.environ) -> frozenset[str]:
    """The argument, else `CARRIERX_ALLOW_PLAIN_HTTP` split on commas; names compared as httpx does (lower case)."""
    if isinstance(hosts, str):  # one name, not its letters
        hosts = [hosts]
    names = hosts if hosts is not None else environ.get(ENV_ALLOW_PLAIN_HTTP, "").split(",")
    return frozenset(name.strip().lower() for name in names if name.strip())


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def section_url(base_url: httpx.URL, section: str) -> httpx.URL:
    return httpx.URL(str(base_url).rstrip("/") + SECTION_PATHS[section])
