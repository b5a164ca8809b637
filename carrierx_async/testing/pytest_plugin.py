"""pytest fixtures for code that uses carrierx_async: `pytest_plugins = ["carrierx_async.testing.pytest_plugin"]`.

- `fake_carrierx`: a fresh `FakeCarrierX` per test (inspect `counters`, add `faults`, ...).
- `carrierx_client`: a `CarrierX` wired to it in-process (`FakeTransport`, timeouts honoured) with
  the token `DEFAULT_TOKEN`, retrying quickly; use it inside your async tests (asyncio or trio).
- `fake_carrierx_url`: the same fake server on a loopback port, for a client of your own that
  sends the way production does (aiohttp on asyncio):
  `async with CarrierX(token=DEFAULT_TOKEN, base_url=fake_carrierx_url) as cx: ...`
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from carrierx_async import CarrierX, RetryPolicy

from ._app import DEFAULT_TOKEN, FakeCarrierX
from ._server import serve
from ._transport import FakeTransport

FAKE_BASE_URL = "https://api.carrierx.com"

# Retries as the default policy decides them, without the waits slowing a test suite down.
FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.05, max_retry_after=5.0)


@pytest.fixture
def fake_carrierx() -> FakeCarrierX:
    """A fresh in-memory CarrierX server."""
    return FakeCarrierX(tokens=[DEFAULT_TOKEN])


@pytest.fixture
def carrierx_client(fake_carrierx: FakeCarrierX) -> Iterator[CarrierX]:
    """A `CarrierX` client talking to `fake_carrierx` in-process (nothing leaves the process).

    Timeouts hold as on a port: a call slower than its read timeout raises `APITimeoutError`.
    """
    # The in-process transport holds no connections, so nothing needs closing at teardown.
    yield CarrierX(
        token=DEFAULT_TOKEN,
        base_url=FAKE_BASE_URL,
        transport=FakeTransport(fake_carrierx),
        retry=FAST_RETRY,
    )


@pytest.fixture
def fake_carrierx_url(fake_carrierx: FakeCarrierX) -> Iterator[str]:
    """The base URL of `fake_carrierx` served on a loopback port (stopped after the test)."""
    with serve(fake_carrierx) as base_url:
        yield base_url
