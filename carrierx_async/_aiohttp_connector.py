"""aiohttp's connector with httpx's keep-alive limit: at most `max_idle` idle connections kept."""

from __future__ import annotations

from typing import Any

import aiohttp


class Connector(aiohttp.TCPConnector):
    """A `TCPConnector` that closes a released connection when `max_idle` are already idle."""

    def __init__(self, *, max_idle: int | None, **options: Any) -> None:
        super().__init__(**options)
        self._max_idle = max_idle

    def _release(self, key: Any, protocol: Any, *, should_close: bool = False) -> None:
        if not should_close and self._max_idle is not None:
            idle = sum(len(connections) for connections in self._conns.values())
            should_close = idle >= self._max_idle
        super()._release(key, protocol, should_close=should_close)
