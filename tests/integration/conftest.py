"""Fixtures: a fresh fake server per test, a CarrierX client on it, and raw HTTP access."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from carrierx_async import CarrierX, RetryPolicy
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX

BASE_URL = "https://api.carrierx.com"


@pytest.fixture
def app() -> FakeCarrierX:
    return FakeCarrierX()


@pytest.fixture
async def cx(app: FakeCarrierX) -> AsyncIterator[CarrierX]:
    async with CarrierX(
        token=DEFAULT_TOKEN, base_url=BASE_URL, transport=httpx.ASGITransport(app=app), retry=RetryPolicy.none()
    ) as client:
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
