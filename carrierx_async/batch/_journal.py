"""The journal a `Batch` writes each input's outcome to, so a crashed or repeated job resumes.

Before an input's request goes out, the batch *claims* its key (recorded as `STARTED`); when
the call returns, it records the outcome. Claims and outcomes from all of a process's workers
are written together, one transaction per turn of the event loop (group commit), and an
outcome rides along with the next claims instead of a commit of its own, which keeps the
journal's cost to a few percent of throughput.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Collection
from typing import Protocol, runtime_checkable

import anyio
import anyio.lowlevel
import attrs

from ._outcome import Outcome

__all__ = ["Claim", "Entry", "GroupCommit", "Journal", "Write"]


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


@attrs.define
class Write:
    """One pending write; `claim` set for claims, the result filled in by the flush."""

    key: str
    outcome: Outcome
    sid: str | None = None
    detail: str | None = None
    claim: Claim | None = None
    done: bool = False
    error: BaseException | None = None


@attrs.define
class Claim:
    retry_failed: bool = False
    existing: Entry | None = None  # filled in: None when the claim was granted


Flush = Callable[[list[Write]], Awaitable[None]]


class GroupCommit:
    """Batches the writes of concurrent tasks: the first to arrive lets the others queue, then writes all.

    Works on asyncio and trio (anyio primitives only); flushes never overlap.
    """

    def __init__(self, flush: Flush) -> None:
        self._flush = flush
        self._pending: list[Write] = []
        self._gathering: anyio.Event | None = None
        self._lock = anyio.Lock()

    def add(self, write: Write) -> None:
        """Queue a write without waiting: the next flush (a claim's, or `drain`) carries it."""
        self._pending.append(write)

    async def submit(self, write: Write) -> None:
        self._pending.append(write)
        try:
            await self._until_written(write)
        except BaseException:
            if not write.done and write in self._pending:  # cancelled before it was written: drop it
                self._pending.remove(write)
            raise
        if write.error is not None:
            raise write.error

    async def _until_written(self, write: Write) -> None:
        while not write.done:
            if self._gathering is None:
                gathering = self._gathering = anyio.Event()
                try:
                    await anyio.lowlevel.checkpoint()  # one turn of the loop: the other workers add their writes
                    async with self._lock:
                        if self._gathering is gathering:
                            self._gathering = None
                        batch, self._pending = self._pending, []
                        if batch:
                            try:
                                await self._flush(batch)
                            except BaseException as error:
                                for pending in batch:
                                    pending.done, pending.error = True, error
                                raise
                            for pending in batch:
                                pending.done = True
                finally:
                    if self._gathering is gathering:
                        self._gathering = None
                    gathering.set()
            else:
                await self._gathering.wait()

    async def drain(self) -> None:
        """Write whatever is pending now (on close)."""
        async with self._lock:
            batch, self._pending = self._pending, []
            if batch:
                await self._flush(batch)
                for pending in batch:
                    pending.done = True
