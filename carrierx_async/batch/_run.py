"""`Batch`: one operation over many inputs, with bounded concurrency, a rate, and an optional journal.

    batch = Batch(send, numbers, concurrency=50, rate=20)
    async with batch.stream() as results:      # results as they complete
        async for result in results:
            ...
    results = await batch.run()                # or all of them, in input order

One failure never stops the others: each result is `Succeeded` (with the value) or `Failed`
(with the exception and whether it may have been sent). Inputs are pulled as workers free
up, so a million inputs never become a million pending tasks. With `journal=`, each input's
key is claimed before its call and its outcome recorded after: a re-run skips what is
settled and retries only what provably was not sent.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any, Generic, TypeVar

import anyio
import attrs
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .._errors import CarrierXError, ConfigurationError
from .._pagination import AsyncPaginator
from .._ratelimit import AccountLimiter, RateLimit, batch_rate
from ._journal import Journal
from ._outcome import Outcome, classify_error
from ._results import BatchProgress, BatchResult, Failed, Succeeded

__all__ = ["Batch", "InputsChangedError", "default_sid"]

InputT = TypeVar("InputT")
ResultT = TypeVar("ResultT")


class InputsChangedError(CarrierXError):
    """The list a batch was paging through changed size: offset paging would skip or repeat items."""


def default_sid(value: object) -> str | None:
    """The created object's SID: the attribute named after its class (`Did.did_sid`), else another `*_sid`."""
    kind = type(value)
    names = _SID_NAMES.get(kind)
    if names is None:
        names = _SID_NAMES[kind] = _sid_names(kind)
    for name in names:
        found = getattr(value, name)
        if isinstance(found, str) and found:
            return found
    return None


_SID_NAMES: dict[type, tuple[str, ...]] = {}


def _sid_names(kind: type) -> tuple[str, ...]:
    """A model's `*_sid` attributes, its own first: a DID also holds its group's and campaign's SIDs."""
    if not attrs.has(kind):
        return ()
    names = [field.name for field in attrs.fields(kind) if field.name.endswith("_sid")]
    own = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", kind.__name__).lower() + "_sid"
    return (own, *(name for name in names if name != own)) if own in names else tuple(names)


def _short(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= 300 else text[:300] + "…"


@attrs.define
class _Counts:
    done: int = 0
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    in_doubt: int = 0


class Batch(Generic[InputT, ResultT]):
    """One operation applied to many inputs.

    Args:
        operation: called once per input; its exceptions become that input's result.
        inputs: any iterable or async iterable, read lazily. An offset paginator is checked
            page by page: if the list's total changes under it, `InputsChangedError` is raised
            rather than silently skipping items.
        concurrency: calls in flight at most.
        rate: inputs started per second at most, retries included (None: as fast as
            concurrency allows). The client's `rate_limit=` still applies on top.
        on_progress: called with a `BatchProgress` after each input (e.g. `RichProgress`).
        journal: where outcomes are recorded (`SQLiteJournal`, `RedisJournal`); None: memory only.
        key: an input's key in the journal (default `str(input)`); must be stable across runs.
        sid: the SID to record from a value (default: its first `*_sid` attribute).
        retry_failed: also retry inputs that failed with an answer last time (after fixing them).
        classify: maps an exception to its `Outcome` (default `classify_error`).
    """

    def __init__(
        self,
        operation: Callable[[InputT], Awaitable[ResultT]],
        inputs: Iterable[InputT] | AsyncIterable[InputT],
        *,
        concurrency: int = 50,
        rate: float | AccountLimiter | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        journal: Journal | None = None,
        key: Callable[[InputT], str] = str,
        sid: Callable[[ResultT], str | None] = default_sid,
        retry_failed: bool = False,
        classify: Callable[[Exception], Outcome] = classify_error,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, not {concurrency}")
        if isinstance(rate, int | float) and rate <= 0:
            raise ConfigurationError(f"rate must be positive, not {rate}")
        self._operation = operation
        self._inputs = inputs
        self._concurrency = concurrency
        self._rate = rate
        self._on_progress = on_progress
        self._journal = journal
        self._key = key
        self._sid = sid
        self._retry_failed = retry_failed
        self._classify = classify
        self._total = len(inputs) if hasattr(inputs, "__len__") else None  # type: ignore[arg-type]
        self._error: BaseException | None = None

    @asynccontextmanager
    async def stream(self) -> AsyncIterator[MemoryObjectReceiveStream[BatchResult[InputT, ResultT]]]:
        """Results as they complete. Leaving the block early cancels what is still running."""
        send, receive = anyio.create_memory_object_stream[BatchResult[InputT, ResultT]](self._concurrency)
        self._error = None
        async with anyio.create_task_group() as group:
            group.start_soon(self._run_workers, send)
            try:
                async with receive:
                    yield receive
            finally:
                group.cancel_scope.cancel()
        if self._error is not None:
            raise self._error

    async def run(self) -> list[BatchResult[InputT, ResultT]]:
        """Every result, in input order (inputs a journal skipped have none)."""
        results: list[BatchResult[InputT, ResultT]] = []
        async with self.stream() as stream:
            async for result in stream:
                results.append(result)
        results.sort(key=lambda result: result.index)
        return results

    async def _run_workers(self, send: MemoryObjectSendStream[BatchResult[InputT, ResultT]]) -> None:
        limiter: AccountLimiter | None = RateLimit(self._rate) if isinstance(self._rate, int | float) else self._rate
        counts = _Counts()
        started = time.monotonic()
        take = _taker(self._inputs)
        journal = self._journal

        def progress() -> None:
            if self._on_progress is not None:
                self._on_progress(
                    BatchProgress(total=self._total, elapsed=time.monotonic() - started, **attrs.asdict(counts))
                )

        def skipped() -> None:
            counts.done += 1
            counts.skipped += 1
            progress()

        source: _Unclaimed[InputT] | _ClaimedAhead[InputT] = (
            _Unclaimed(take)
            if journal is None
            else _ClaimedAhead(take, journal, self._key, self._retry_failed, self._concurrency, skipped)
        )

        def stop(error: InputsChangedError) -> None:
            self._error = error
            workers.cancel_scope.cancel()

        async def claimer(claimed: _ClaimedAhead[InputT]) -> None:
            try:
                await claimed.run()
            except InputsChangedError as error:
                stop(error)

        async def worker() -> None:
            batch_rate.set(limiter)  # this task's calls: their retries wait for the batch's rate too
            while True:
                try:
                    taken = await source.next()
                except InputsChangedError as error:
                    stop(error)
                    return
                if taken is None:
                    return
                index, item, key = taken
                if limiter is not None:
                    await limiter.acquire()
                result: BatchResult[InputT, ResultT]
                try:
                    value = await self._operation(item)
                except Exception as error:  # one input's failure is its result, not the batch's
                    outcome = self._classify(error)
                    result = Failed(index, item, error, outcome)
                    if journal is not None:
                        await journal.record(key, outcome, detail=_short(error))
                else:
                    result = Succeeded(index, item, value)
                    if journal is not None:
                        await journal.record(key, Outcome.SUCCEEDED, sid=self._sid(value))
                counts.done += 1
                if result.ok:
                    counts.succeeded += 1
                else:
                    counts.failed += 1
                    counts.in_doubt += result.outcome is Outcome.IN_DOUBT
                progress()
                await send.send(result)

        try:
            async with send, anyio.create_task_group() as workers:
                if isinstance(source, _ClaimedAhead):
                    workers.start_soon(claimer, source)
                for _ in range(self._concurrency):
                    workers.start_soon(worker)
        finally:
            if journal is not None:
                with anyio.CancelScope(shield=True):  # outcomes already known are written, even on cancel
                    if isinstance(source, _ClaimedAhead):
                        for key in source.release():  # claimed, but the batch stopped before sending them
                            await journal.record(key, Outcome.NOT_SENT, detail="claimed, never sent: the batch stopped")
                    await journal.flush()


class _Unclaimed(Generic[InputT]):
    """Inputs for a batch without a journal: taken as workers free up."""

    def __init__(self, take: Callable[[], Awaitable[tuple[int, InputT] | None]]) -> None:
        self._take = take

    async def next(self) -> tuple[int, InputT, str] | None:
        taken = await self._take()
        return None if taken is None else (taken[0], taken[1], "")


class _ClaimedAhead(Generic[InputT]):
    """Inputs claimed in the journal a lot at a time, ahead of the workers that send them.

    One task (`run`) takes inputs, claims their keys in one journal write per lot (a lot is
    twice `concurrency` inputs), and queues those granted; workers pop from the queue without
    waiting for the journal, and the next lot is claimed while they work. So a claim is written
    before its request goes out, yet no worker waits for a write: at most `4 * concurrency` keys
    are claimed and not yet sent (in doubt after a crash; released as not sent when the batch
    stops).
    """

    def __init__(
        self,
        take: Callable[[], Awaitable[tuple[int, InputT] | None]],
        journal: Journal,
        key: Callable[[InputT], str],
        retry_failed: bool,
        concurrency: int,
        on_skip: Callable[[], None],
    ) -> None:
        self._take = take
        self._journal = journal
        self._key = key
        self._retry_failed = retry_failed
        # Lots of two rounds of the workers, up to two lots ahead: the workers finishing together (answers
        # arriving in one turn of the loop) take a round at once, and a claim takes a turn or two.
        self._lookahead = 4 * concurrency
        self._low = 2 * concurrency
        self._on_skip = on_skip
        self._ready: deque[tuple[int, InputT, str]] = deque()
        self._wanted = anyio.Event()  # set by the workers when the queue runs low
        self._arrived = anyio.Event()  # set by `run` when a lot is queued or the inputs have ended
        self._ended = False

    async def run(self) -> None:
        try:
            exhausted = False
            while not exhausted:
                lot: list[tuple[int, InputT]] = []
                while len(self._ready) + len(lot) < self._lookahead:
                    taken = await self._take()
                    if taken is None:
                        exhausted = True  # `_ended` once the last lot is queued: workers wait for it till then
                        break
                    lot.append(taken)
                if lot:
                    keys = [self._key(item) for _, item in lot]
                    # Shielded: keys the journal has claimed reach the queue, so that `release` frees them if
                    # the batch stops before they are sent.
                    with anyio.CancelScope(shield=True):
                        existing = await self._journal.claim_many(keys, retry_failed=self._retry_failed)
                    for (index, item), key, entry in zip(lot, keys, existing, strict=True):
                        if entry is None:
                            self._ready.append((index, item, key))
                        else:
                            self._on_skip()
                self._wake()
                if not exhausted and len(self._ready) > self._low:
                    self._wanted = anyio.Event()
                    await self._wanted.wait()
        finally:
            self._ended = True  # on an error too: the workers finish what is queued, then stop
            self._wake()

    def _wake(self) -> None:
        arrived, self._arrived = self._arrived, anyio.Event()
        arrived.set()

    async def next(self) -> tuple[int, InputT, str] | None:
        """The next claimed input, or None once every input is taken."""
        while True:
            if self._ready:
                taken = self._ready.popleft()
                if len(self._ready) <= self._low:
                    self._wanted.set()
                return taken
            if self._ended:
                return None
            self._wanted.set()
            await self._arrived.wait()

    def release(self) -> list[str]:
        """The keys claimed and never handed to a worker (the batch stopped first); the queue is emptied."""
        keys = [key for _, _, key in self._ready]
        self._ready.clear()
        return keys


def _taker(inputs: Iterable[InputT] | AsyncIterable[InputT]) -> Callable[[], Awaitable[tuple[int, InputT] | None]]:
    """A shared, numbered reader of the inputs for the workers to pull from."""
    index = -1
    if isinstance(inputs, AsyncIterable):
        iterator = aiter(_checked(inputs) if isinstance(inputs, AsyncPaginator) else inputs)
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

    sync_iterator = iter(inputs)

    async def take() -> tuple[int, InputT] | None:
        nonlocal index
        try:
            item = next(sync_iterator)
        except StopIteration:
            return None
        index += 1
        return index, item

    return take


async def _checked(paginator: AsyncPaginator[Any]) -> AsyncIterator[Any]:
    """The paginator's items, failing loudly when an offset-paged list changes size under the batch."""
    first_total: int | None = None
    pages = paginator.pages()
    try:
        async for page in pages:
            if page.position.offset is not None and page.total is not None:
                if first_total is None:
                    first_total = page.total
                elif page.total != first_total:
                    raise InputsChangedError(
                        f"the list being paged changed from {first_total} to {page.total} items while the batch "
                        f"ran (page at offset {page.position.offset}): offset paging would skip or repeat items. "
                        "Take a snapshot of the inputs first, page with after/before cursors, or, to consume a "
                        "list the batch shrinks, re-read its first page until it is empty"
                    )
            for item in page.items:
                yield item
    finally:
        await pages.aclose()
