"""`FakeTransport`: an in-process transport that keeps time as a connection to a port would.

`httpx.ASGITransport` ignores the request's timeouts, so a `timeout=0.1` call against 0.5 s of
injected latency succeeds after half a second in-process and fails on a port. This transport
runs the app for each request and waits for its answer no longer than the read timeout; past it
the caller gets `httpx.ReadTimeout` while the app goes on, as a server goes on processing a
request whose client gave up (a POST that timed out may still have taken effect).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import anyio
import httpx
import sniffio

__all__ = ["FakeTransport"]

ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]


class FakeTransport(httpx.AsyncBaseTransport):
    """Send requests to an ASGI app (a `FakeCarrierX`) in-process, honouring the read timeout.

    Connecting, writing and waiting for the pool take no time in-process, so only the read
    timeout can expire: while waiting for the app's answer. Injected faults reach the caller
    as from a port: a refused connection as `httpx.ConnectError`, a drop as
    `httpx.RemoteProtocolError`.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        # Answers still being worked on after their caller timed out (asyncio keeps only weak references).
        self._background: set[asyncio.Task[None]] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        read_timeout = request.extensions.get("timeout", {}).get("read")
        if read_timeout is None:
            return await self._asgi.handle_async_request(request)
        answered = anyio.Event()
        outcome: list[httpx.Response | Exception] = []

        async def answer() -> None:
            try:
                outcome.append(await self._asgi.handle_async_request(request))
            except Exception as error:
                outcome.append(error)
            finally:
                answered.set()

        self._start(answer)
        with anyio.move_on_after(read_timeout):
            await answered.wait()
        if not outcome:
            raise httpx.ReadTimeout(f"no answer within the read timeout ({read_timeout:g} s)", request=request)
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        return result

    def _start(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run `work` apart from the caller, so the caller's timeout does not cancel the app."""
        if sniffio.current_async_library() == "trio":
            import trio

            trio.lowlevel.spawn_system_task(work)
            return
        task = asyncio.get_running_loop().create_task(work())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def aclose(self) -> None:
        await self._asgi.aclose()
