"""Fixtures: a fresh fake server per test, a CarrierX client on it, and raw HTTP access."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX, RetryPolicy
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, FakeTransport, serve

BASE_URL = "https://api.carrierx.com"


@pytest.fixture
def app() -> FakeCarrierX:
    return FakeCarrierX()


@pytest.fixture(params=["in-process, httpx sender", "loopback port, aiohttp sender"])
async def cx(app: FakeCarrierX, request: pytest.FixtureRequest) -> AsyncIterator[CarrierX]:
    """A client on the fake server, once per sender: in-process through httpx, and on a loopback
    port through aiohttp (the default on asyncio, what production runs)."""
    if request.param.startswith("in-process"):
        async with CarrierX(
            token=DEFAULT_TOKEN, base_url=BASE_URL, transport=FakeTransport(app), retry=RetryPolicy.none()
        ) as client:
            yield client
        return
    with serve(app) as base_url:
        async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, retry=RetryPolicy.none()) as client:
            yield client


@pytest.fixture
async def raw(app: FakeCarrierX) -> AsyncIterator[httpx.AsyncClient]:
    """Plain httpx on the fake server, with the Core token: for what the facade refuses to send."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE_URL,
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
    ) as client:
        yield client


def basic(endpoint: dict[str, Any]) -> dict[str, str]:
    """The Authorization header of an endpoint's own credentials."""
    properties = endpoint["properties"]
    pair = f"{properties['login']}:{properties['password']}".encode()
    return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
