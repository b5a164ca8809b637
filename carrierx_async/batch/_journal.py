"""The journal a `Batch` writes each input's outcome to, so a crashed or repeated job resumes.

Before an input's request goes out, the batch *claims* its key (recorded as `STARTED`), and the
claim is written before the request is sent; when the call returns, it records the outcome.
A batch claims its inputs a lot at a time, ahead of its workers (`claim_many`), so no worker
waits for the journal; outcomes are not waited for at all: they ride along with the next lot's
claims (group commit). Claims from several tasks queued in one turn of the event loop share a
write too. A crash can lose an outcome, never a claim: the key is then `STARTED`, in doubt.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Sequence
from typing import Protocol, runtime_checkable

import anyio
import anyio.lowlevel
import attrs

from ._outcome import Outcome

__all__ = ["Claims", "Entry", "GroupCommit", "Journal", "Record"]


@attrs.frozen
class Entry:
    """One input's record: its key, state, the created object's SID and a short detail."""

    key: str
    outcome: Outcome
    sid: str | None = None
    detail: str | None = None


@runtime_checkable
class Journal(Protocol):
    """Where outcomes are kept: `SQLiteJournal` (one file) or `RedisJournal` (shared by workers)."""

    job: str

    async def claim(self, key: str, *, retry_failed: bool = False) -> Entry | None:
        """Mark `key` started and return None, or return its entry when it must not be sent again.

        Unknown and `NOT_SENT` keys are claimed (`FAILED` ones too with `retry_failed`); every
        other state, including `STARTED` by another worker, is left alone.
        """

    async def claim_many(self, keys: Sequence[str], *, retry_failed: bool = False) -> list[Entry | None]:
        """`claim` for many keys in one write: for each key, None (claimed) or the entry that kept it."""

    async def record(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        """Record what became of a claimed key.

        It is written with the next claims (or by `flush`), not necessarily before this returns:
        an outcome lost in a crash leaves its key `STARTED`, which is in doubt, which is safe.
        """

    async def flush(self) -> None:
        """Write every pending outcome now."""

    async def resolve(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        """Settle an in-doubt (or orphaned started) key after reconciliation."""

    def entries(self, outcomes: Collection[Outcome] | None = None) -> AsyncIterator[Entry]:
        """Every entry (or those in `outcomes`), in no particular order."""

    async def counts(self) -> dict[Outcome, int]:
        """How many keys are in each state."""

    async def aclose(self) -> None:
        """Write what is pending and release the storage."""


# An outcome to write: key, outcome, SID, detail. A plain tuple: a batch queues one per input.
Record = tuple[str, Outcome, "str | None", "str | None"]


@attrs.define(eq=False)
class Claims:
    """Keys to claim in one write; the flush fills in `existing` (None for each key claimed)."""

    keys: Sequence[str]
    retry_failed: bool = False
    existing: list[Entry | None] = attrs.Factory(list)


Pending = Record | Claims
Flush = Callable[[list[Pending]], Awaitable[None]]


class GroupCommit:
    """The writes of every task of a process, written together: one flush (one transaction) at a time.

    Records are queued without waiting (`add`); `submit` waits until what it queued is written,
    and the first task to wait leads the next flush, one turn of the event loop later so that
    the others' writes join it. Writes queued while a flush runs go out with the next one, in
    the order they were queued. Works on asyncio and trio (anyio primitives only).
    """

    def __init__(self, flush: Flush) -> None:
        self._flush = flush
        self._pending: list[Pending] = []
        self._started = 0  # flushes begun: what is pending now goes out with flush number `_started + 1`
        self._finished = 0
        self._errors: dict[int, BaseException] = {}
        self._leading = False
        self._finished_event = anyio.Event()  # set, and replaced, when a flush ends
        self._lock = anyio.Lock()

    def add(self, write: Pending) -> None:
        """Queue a write without waiting: the next flush (a claim's, or `drain`) carries it."""
        self._pending.append(write)

    async def submit(self, write: Pending, *, gather: bool = True) -> None:
        """Queue `write` and wait until it is written (raising what the flush raised, if it failed).

        `gather=False` for a write that is a lot already (a batch's claims): its flush starts at
        once, without the turn of the loop that lets other tasks' writes join it.
        """
        self._pending.append(write)
        number = self._started + 1
        try:
            while self._finished < number:
                if self._leading:
                    await self._finished_event.wait()
                else:
                    await self._lead(gather)
        except BaseException:
            if self._started < number:  # cancelled before its flush took it: it is not written
                self._pending = [pending for pending in self._pending if pending is not write]
            raise
        error = self._errors.get(number)
        if error is not None:
            raise error

    async def _lead(self, gather: bool) -> None:
        self._leading = True
        try:
            if gather:
                await anyio.lowlevel.checkpoint()  # one turn of the loop: the other tasks queue their writes
            async with self._lock:  # a `drain` may be writing
                self._leading = False  # from here on, what is queued waits for the next flush
                await self._write_pending()
        finally:
            if self._leading:  # cancelled before it wrote: wake the others, one of them leads instead
                self._leading = False
                self._wake()

    async def _write_pending(self) -> None:
        batch, self._pending = self._pending, []
        self._started += 1
        number = self._started
        try:
            if batch:
                with anyio.CancelScope(shield=True):  # once taken, a batch is written whoever is cancelled
                    await self._flush(batch)
        except Exception as error:
            self._errors[number] = error
            raise
        finally:
            self._finished = number
            self._wake()

    def _wake(self) -> None:
        finished, self._finished_event = self._finished_event, anyio.Event()
        finished.set()

    async def drain(self) -> None:
        """Write whatever is pending now (on close)."""
        async with self._lock:
            await self._write_pending()
