"""aiohttp's connector with the watchdog's read timeouts and httpx's keep-alive limit."""

from __future__ import annotations

import functools
from typing import Any

import aiohttp

from ._aiohttp_watchdog import Watchdog, WatchedHandler


class Connector(aiohttp.TCPConnector):
    """A `TCPConnector` whose connections' read timeouts are kept by `watchdog`, not a timer each."""

    def __init__(self, *, watchdog: Watchdog, **options: Any) -> None:
        super().__init__(**options)
        self._factory = functools.partial(WatchedHandler, loop=self._loop, watchdog=watchdog)  # type: ignore[assignment]


class IdleCappedConnector(Connector):
    """A `Connector` that closes a released connection when `max_idle` are already idle."""

    def __init__(self, *, max_idle: int, **options: Any) -> None:
        super().__init__(**options)
        self._max_idle = max_idle

    def _release(self, key: Any, protocol: Any, *, should_close: bool = False) -> None:
        if not should_close:
            idle = sum(len(connections) for connections in self._conns.values())
            should_close = idle >= self._max_idle
        super()._release(key, protocol, should_close=should_close)


def connector_for(watchdog: Watchdog, *, max_idle: int | None, limit: int, **options: Any) -> Connector:
    """The connector for these limits: counting idle connections costs every release, so only
    a keep-alive limit below the pool's size gets the connector that counts them."""
    if max_idle is not None and (not limit or max_idle < limit):
        return IdleCappedConnector(watchdog=watchdog, max_idle=max_idle, limit=limit, **options)
    return Connector(watchdog=watchdog, limit=limit, **options)
