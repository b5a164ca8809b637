"""One timer for every deadline of an aiohttp sender, instead of two or three timers per request.

aiohttp arms a timer per request for its total timeout and re-arms another on every chunk read
for `sock_read`: each is a heap entry with a Python-level comparison, cancelled moments later.
At thousands of requests a second that was a tenth of a call's cost. Here a request only
writes down when it expires; one periodic check, running while anything may expire, acts on
what has. A deadline fires at most one tick late (a tick is a fifth of the shortest timeout
watched, between 5 and 100 ms). Times are `time.monotonic()` (asyncio's own clock) read
directly: `loop.time()` would add a Python call to every request.
"""

from __future__ import annotations

import asyncio
from time import monotonic
from typing import Any

from aiohttp.client_proto import ResponseHandler

SHORTEST_TICK = 0.005
LONGEST_TICK = 0.1
NEVER = float("inf")


class Watchdog:
    """Expires the calls and connection reads of one sender, on one event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._connections: dict[WatchedHandler, None] = {}  # an ordered set: every open connection
        self._calls: dict[Deadline, None] = {}
        self._tick = LONGEST_TICK
        self._timer: asyncio.TimerHandle | None = None
        # A timeout this long or longer is checked in time by the running timer (a tick is at
        # most a fifth of it); a shorter one needs `watch`. NEVER while no timer runs: all do.
        self.covered_from = NEVER

    def watch(self, timeout: float) -> None:
        """Something will expire in `timeout` seconds: make sure a check comes in time.

        Callers skip the call when `timeout >= covered_from`, where it would do nothing.
        """
        if timeout < self.covered_from:
            tick = min(max(timeout / 5, SHORTEST_TICK), LONGEST_TICK)
            if self._timer is not None:
                self._timer.cancel()
            self._tick, self.covered_from = tick, tick * 5
            self._timer = self.loop.call_later(tick, self._check)

    def _check(self) -> None:
        now = monotonic()
        reading = [connection for connection in self._connections if connection.read_deadline != NEVER]
        expired_calls = [deadline for deadline in self._calls if deadline.when <= now]
        for connection in reading:
            if connection.read_deadline <= now:
                connection.read_expired()
        for deadline in expired_calls:
            deadline.expire()
        if self._calls or any(connection.read_deadline != NEVER for connection in reading):
            self._timer = self.loop.call_later(self._tick, self._check)
        else:
            self._timer, self._tick, self.covered_from = None, LONGEST_TICK, NEVER

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer, self.covered_from = None, NEVER
        self._connections.clear()
        self._calls.clear()


class Deadline:
    """Cancels the running task once `seconds` have passed; `expired` then says it was this.

    The task is cancelled only while it waits inside the `with` block (the watchdog runs
    between task steps, and a deadline leaves the watch the moment the block ends), and the
    cancellation is taken back on the way out, as `asyncio.timeout` does.
    """

    __slots__ = ("_cancelling", "_task", "_watchdog", "expired", "seconds", "when")

    def __init__(self, watchdog: Watchdog, seconds: float | None) -> None:
        self._watchdog = watchdog
        self.seconds = seconds
        self.expired = False

    def __enter__(self) -> Deadline:
        seconds = self.seconds
        if seconds is not None:
            watchdog = self._watchdog
            task = asyncio.current_task(watchdog.loop)
            assert task is not None
            self._task = task
            self._cancelling = task.cancelling()
            self.when = monotonic() + seconds
            watchdog._calls[self] = None
            if seconds < watchdog.covered_from:
                watchdog.watch(seconds)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, traceback: Any) -> bool:
        self._watchdog._calls.pop(self, None)
        if not self.expired or self._task.uncancel() > self._cancelling:
            return False  # not ours, or the task was also cancelled from outside: that goes on
        # Our own cancellation, taken back; the caller reads `expired`.
        return kind is asyncio.CancelledError

    def expire(self) -> None:
        self._watchdog._calls.pop(self, None)
        self.expired = True
        self._task.cancel()


class WatchedHandler(ResponseHandler):
    """aiohttp's connection protocol, its `sock_read` timeout kept by the watchdog."""

    read_deadline = NEVER

    def __init__(self, loop: asyncio.AbstractEventLoop, watchdog: Watchdog) -> None:
        super().__init__(loop)
        self._watchdog = watchdog

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._watchdog._connections[self] = None

    def connection_lost(self, exc: BaseException | None) -> None:
        self._watchdog._connections.pop(self, None)
        super().connection_lost(exc)

    def _reschedule_timeout(self) -> None:  # aiohttp calls it when a request starts and on every chunk read
        timeout = self._read_timeout
        if timeout:
            if self.read_deadline == NEVER and timeout < self._watchdog.covered_from:
                self._watchdog.watch(timeout)
            self.read_deadline = monotonic() + timeout
        else:
            self.read_deadline = NEVER

    def _drop_timeout(self) -> None:
        self.read_deadline = NEVER

    def read_expired(self) -> None:
        self.read_deadline = NEVER
        self._on_read_timeout()
