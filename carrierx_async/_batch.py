"""Run one operation over many inputs: bounded concurrency, a smooth rate limit, per-item results.

    batch = Batch(lambda number: cx.core.sms.send_message(body={...}), numbers, concurrency=50, rate=20)
    async with batch.stream() as results:      # results as they complete
        async for result in results:
            ...
    results = await batch.run()                # or all of them, in input order

One failure never stops the others: each result carries its value or its exception. Inputs
are pulled as workers free up, so a million inputs never become a million pending tasks.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from typing import Generic, TypeVar

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from ._errors import ConfigurationError

__all__ = ["Batch", "BatchProgress", "BatchResult"]

InputT = TypeVar("InputT")
ResultT = TypeVar("ResultT")


@attrs.frozen
class BatchResult(Generic[InputT, ResultT]):
    """The outcome for one input: `value` when it succeeded, `error` when it raised."""

    index: int
    input: InputT
    value: ResultT | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@attrs.frozen
class BatchProgress:
    """Counts so far, passed to `on_progress` after every item."""

    done: int
    succeeded: int
    failed: int
    total: int | None
    elapsed: float


class RateLimiter:
    """Spaces calls evenly, `rate` per second, with no bursts (CarrierX answers bursts with 429)."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / rate
        self._clock = clock
        self._next = 0.0

    async def wait(self) -> None:
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self._interval  # claimed before sleeping, so waiters queue up in order
        if slot > now:
            await anyio.sleep(slot - now)


class Batch(Generic[InputT, ResultT]):
    """One operation applied to many inputs.

    Args:
        operation: called once per input; its exceptions become that input's result.
        inputs: any iterable or async iterable, read lazily.
        concurrency: calls in flight at most.
        rate: calls started per second at most (None: as fast as concurrency allows).
        on_progress: called with a `BatchProgress` after each input finishes.
    """

    def __init__(
        self,
        operation: Callable[[InputT], Awaitable[ResultT]],
        inputs: Iterable[InputT] | AsyncIterable[InputT],
        *,
        concurrency: int = 50,
        rate: float | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, not {concurrency}")
        if rate is not None and rate <= 0:
            raise ConfigurationError(f"rate must be positive, not {rate}")
        self._operation = operation
        self._inputs = inputs
        self._concurrency = concurrency
        self._rate = rate
        self._on_progress = on_progress
        self._total = len(inputs) if hasattr(inputs, "__len__") else None  # type: ignore[arg-type]

    @asynccontextmanager
    async def stream(self) -> AsyncIterator[MemoryObjectReceiveStream[BatchResult[InputT, ResultT]]]:
        """Results as they complete. Leaving the block early cancels what is still running."""
        send, receive = anyio.create_memory_object_stream[BatchResult[InputT, ResultT]](self._concurrency)
        async with anyio.create_task_group() as group:
            group.start_soon(self._run_workers, send)
            try:
                async with receive:
                    yield receive
            finally:
                group.cancel_scope.cancel()

    async def run(self) -> list[BatchResult[InputT, ResultT]]:
        """Every result, in input order."""
        results: list[BatchResult[InputT, ResultT]] = []
        async with self.stream() as stream:
            async for result in stream:
                results.append(result)
        results.sort(key=lambda result: result.index)
        return results

    async def _run_workers(self, send: MemoryObjectSendStream[BatchResult[InputT, ResultT]]) -> None:
        limiter = RateLimiter(self._rate) if self._rate else None
        counts = {"done": 0, "succeeded": 0, "failed": 0}
        started = time.monotonic()
        take = _taker(self._inputs)

        async def worker() -> None:
            while True:
                taken = await take()
                if taken is None:
                    return
                index, item = taken
                if limiter is not None:
                    await limiter.wait()
                try:
                    result = BatchResult[InputT, ResultT](index, item, value=await self._operation(item))
                except Exception as error:  # one input's failure is its result, not the batch's
                    result = BatchResult[InputT, ResultT](index, item, error=error)
                counts["done"] += 1
                counts["succeeded" if result.ok else "failed"] += 1
                if self._on_progress is not None:
                    self._on_progress(BatchProgress(total=self._total, elapsed=time.monotonic() - started, **counts))
                await send.send(result)

        async with send, anyio.create_task_group() as workers:
            for _ in range(self._concurrency):
                workers.start_soon(worker)


def _taker(inputs: Iterable[InputT] | AsyncIterable[InputT]) -> Callable[[], Awaitable[tuple[int, InputT] | None]]:
    """A shared, numbered reader of the inputs for the workers to pull from."""
    index = -1
    if isinstance(inputs, AsyncIterable):
        iterator = aiter(inputs)
        lock = anyio.Lock()

        async def take_async() -> tuple[int, InputT] | None:
            nonlocal index
            async with lock:  # an async iterator cannot be advanced by two tasks at once
                try:
                    item = await anext(iterator)
                except StopAsyncIteration:
                    return None
                index += 1
                return index, item

        return take_async

    sync_iterator: Iterator[InputT] = iter(inputs)

    async def take() -> tuple[int, InputT] | None:
        nonlocal index
        try:
            item = next(sync_iterator)
        except StopIteration:
            return None
        index += 1
        return index, item

    return take
