"""Fixtures every suite shares: the two senders a client can send with."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

SENDERS = ("aiohttp", "httpx")


def sender_options(sender: str) -> dict[str, Any]:
    """CarrierX(...) keyword arguments choosing a sender: aiohttp (the asyncio default) or httpx."""
    return {"transport": httpx.AsyncHTTPTransport()} if sender == "httpx" else {}


@pytest.fixture(params=SENDERS)
def sender(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Run the test once per sender: the keyword arguments to pass to `CarrierX`."""
    return sender_options(str(request.param))
