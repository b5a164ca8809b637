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

        async def worker() -> None:
            batch_rate.set(limiter)  # this task's calls: their retries wait for the batch's rate too
            while True:
                try:
                    taken = await take()
                except InputsChangedError as error:
                    self._error = error
                    workers.cancel_scope.cancel()
                    return
                if taken is None:
                    return
                index, item = taken
                key = self._key(item) if journal is not None else ""
                if journal is not None and await journal.claim(key, retry_failed=self._retry_failed) is not None:
                    counts.done += 1
                    counts.skipped += 1
                    progress()
                    continue
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
                for _ in range(self._concurrency):
                    workers.start_soon(worker)
        finally:
            if journal is not None:
                with anyio.CancelScope(shield=True):  # outcomes already known are written, even on cancel
                    await journal.flush()


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
