"""`SQLiteJournal`: the embedded default, one file, no server.

What is on disk when: claims are committed to the file before any of their requests goes out,
so a claim survives the process being killed (SIGKILL, OOM, a crash); with `fsync=True` each
commit is also flushed to the disk first, so it survives a power cut or an OS crash too.
Outcomes ride along with the next claims' commit (or `flush`), so a crash can lose the last
outcomes: their keys are then `STARTED`, in doubt, never `not sent`.

What it costs: a batch claims its inputs a lot at a time, ahead of its workers, and the
outcomes queued since the last commit go with the next lot, so one transaction carries a
hundred or so claims and outcomes, in one statement (a few for a large one), in the
journal's writer thread: SQLite's work runs beside the event loop with the GIL released, and
the loop only queues tuples. WAL mode: readers (`entries`, `counts`, another process's
progress bar) never block the writer. Several processes on one machine may share the file
(writes take turns under SQLite's lock).
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import AsyncIterator, Collection, Sequence
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from ._journal import Claims, Entry, GroupCommit, Pending
from ._outcome import Outcome

__all__ = ["SQLiteJournal"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS batch_items (
    job TEXT NOT NULL,
    key TEXT NOT NULL,
    outcome TEXT NOT NULL,
    sid TEXT,
    detail TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (job, key)
) WITHOUT ROWID;
"""
# Files written before this version also have an index on (job, outcome); it is left alone (it only
# costs writes), and no query here needs it: counts and entries read the job's rows in key order.

BUSY_TIMEOUT = 30.0  # seconds a write waits for another process's lock on the file

# A statement holds many rows (one call into SQLite, one release of the GIL, for all of them), and
# a multiple of 16 of them, the last row repeated to fill it (a repeat changes nothing): 16 shapes
# per statement ever get prepared, all kept in the connection's cache. No value bound is None:
# sqlite3 looks for an adapter for every parameter that is not exactly str, int or float, which
# costs more than writing the row.
ROWS_STEP = 16
MOST_ROWS = 256

WIDTH = 5  # values per row: key, outcome, SID, detail, claim or not
STARTED: tuple[str, None, None] = (Outcome.STARTED.value, None, None)
CLAIMABLE = frozenset({Outcome.NOT_SENT.value})
CLAIMABLE_WITH_FAILED = frozenset({Outcome.NOT_SENT.value, Outcome.FAILED.value})


@functools.cache
def _write_statement(rows: int, retry_failed: bool = False) -> str:
    """Write `rows` rows of job ?1 at time ?2, each five values from ?3 on: key, outcome, SID or '',
    detail or '', and 1 for a claim (0 for an outcome).

    An outcome always overwrites its key. A claim makes its key `started` where the key is new or
    claimable (`not_sent`, or `failed` with `retry_failed`) and leaves it alone otherwise: then the
    statement changes fewer rows than it holds, which is how a refused claim shows.
    """
    values = ", ".join(
        f"(?1, ?{index}, ?{index + 1}, NULLIF(?{index + 2}, ''), NULLIF(?{index + 3}, ''), ?{index + 4}, ?2)"
        for index in range(3, WIDTH * rows + 3, WIDTH)
    )
    claimable = CLAIMABLE_WITH_FAILED if retry_failed else CLAIMABLE
    return (
        f"INSERT INTO batch_items (job, key, outcome, sid, detail, attempts, updated) VALUES {values}"
        " ON CONFLICT (job, key) DO UPDATE SET outcome = excluded.outcome, sid = excluded.sid,"
        " detail = excluded.detail, attempts = attempts + excluded.attempts, updated = excluded.updated"
        f" WHERE excluded.attempts = 0 OR outcome IN ({', '.join(repr(state) for state in sorted(claimable))})"
    )


@functools.cache
def _existing_statement(keys: int) -> str:
    """What `keys` keys (?2 onwards) of job ?1 hold."""
    return (
        "SELECT key, outcome, sid, detail FROM batch_items WHERE job = ?1 AND key IN"
        f" ({', '.join(f'?{index}' for index in range(2, keys + 2))})"
    )


class SQLiteJournal:
    """A journal in one SQLite file; `job` names the job, so one file can hold several.

    Args:
        path: the database file (created if missing).
        job: the job's name; re-running with the same name resumes it.
        fsync: flush each commit to the disk before its claims are granted (SQLite's
            `synchronous=FULL`), so they survive a power cut or an OS crash, for a disk flush
            per lot of claims. By default (`synchronous=NORMAL`, WAL) a commit is in the file
            and survives the process being killed, not the machine going down.
    """

    def __init__(self, path: str | Path, job: str = "default", *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.job = job
        self.fsync = fsync
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT, cached_statements=256
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={'FULL' if fsync else 'NORMAL'}")
        self._db.executescript(SCHEMA)
        variables = self._db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)  # 999 in older builds
        self._most_rows = min(MOST_ROWS, (variables - 2) // WIDTH // ROWS_STEP * ROWS_STEP)
        # The writer thread: every use of the connection after this, one at a time, off the event loop.
        self._thread = anyio.CapacityLimiter(1)
        self._held = False  # the last flush met claimed keys held already (a resumed job): write in order
        self._writes = GroupCommit(self._flush)

    def __repr__(self) -> str:
        return f"<SQLiteJournal {str(self.path)!r} job={self.job!r}>"

    async def claim(self, key: str, *, retry_failed: bool = False) -> Entry | None:
        return (await self.claim_many([key], retry_failed=retry_failed))[0]

    async def claim_many(self, keys: Sequence[str], *, retry_failed: bool = False) -> list[Entry | None]:
        claims = Claims(keys, retry_failed)
        await self._writes.submit(claims, gather=False)
        return claims.existing

    async def record(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        self._writes.add((key, outcome, sid, detail))

    async def flush(self) -> None:
        await self._writes.drain()

    async def resolve(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        await self._writes.submit((key, outcome, sid, detail))

    async def _flush(self, writes: list[Pending]) -> None:
        # While one transaction commits, the next claims and outcomes gather for the next one.
        await anyio.to_thread.run_sync(self._write, writes, limiter=self._thread)

    def _write(self, writes: list[Pending]) -> None:
        """One transaction for all `writes`, in the writer thread."""
        now = time.time()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if self._held or not self._write_new_keys(writes, now):
                if db.in_transaction:
                    db.execute("ROLLBACK")
                    db.execute("BEGIN IMMEDIATE")
                self._held = self._write_in_order(writes, now)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _write_new_keys(self, writes: list[Pending], now: float) -> bool:
        """The common case, in one statement (a few, for a large flush): every key claimed is new.

        False when that is not so (a key written twice, a claim of `retry_failed`, or a key held
        already, which the statement leaves alone and so changes fewer rows): the caller rolls
        back and writes in order instead.
        """
        values: list[str | int] = []
        claimed = 0
        for write in writes:  # outcomes first: the rows repeated to fill a statement are then claims
            if not isinstance(write, Claims):
                key, outcome, sid, detail = write
                values += (key, outcome.value, sid or "", detail or "", 0)
        for write in writes:
            if isinstance(write, Claims):
                if write.retry_failed:
                    return False
                for key in write.keys:
                    values += (key, STARTED[0], "", "", 1)
                claimed += len(write.keys)
        rows = len(values) // WIDTH
        if len(set(values[::WIDTH])) < rows:
            return False  # a key twice: the order of the writes matters
        before = self._db.total_changes
        self._run(values, now)
        if claimed and self._db.total_changes - before < rows:  # a repeated claim changes nothing
            return False
        for write in writes:
            if isinstance(write, Claims):
                write.existing = [None] * len(write.keys)
        return True

    def _write_in_order(self, writes: list[Pending], now: float) -> bool:
        """Any writes, in the order they were queued (a claim sees what was written before it).

        True when a claimed key was held already: a resumed job's next lots likely hold some too.
        """
        existing = self._existing(writes)
        held = False
        values: list[str | int] = []
        for write in writes:
            if not isinstance(write, Claims):
                key, outcome, sid, detail = write
                values += (key, outcome.value, sid or "", detail or "", 0)
                existing[key] = (outcome.value, sid, detail)
                continue
            claimable = CLAIMABLE_WITH_FAILED if write.retry_failed else CLAIMABLE
            results: list[Entry | None] = []
            for key in write.keys:
                found = existing.get(key)
                if found is not None and found[0] not in claimable:
                    results.append(Entry(key, Outcome(found[0]), found[1], found[2]))
                    held = True
                else:
                    results.append(None)
                    existing[key] = STARTED  # the same key again in this flush is refused
                    values += (key, STARTED[0], "", "", 1)
            write.existing = results
            if write.retry_failed:  # its own statement: one that lets `failed` keys be claimed
                self._run(values, now, retry_failed=True)
                values = []
        self._run(values, now)
        return held

    def _run(self, values: list[str | int], now: float, *, retry_failed: bool = False) -> None:
        """Write `values` (WIDTH a row) in as few statements as hold them, the last row repeated to fill one."""
        most = self._most_rows
        rows = len(values) // WIDTH
        start = 0
        while rows:
            taken = min(rows, most)
            size = -(-taken // ROWS_STEP) * ROWS_STEP
            chunk = values[start : start + taken * WIDTH]
            chunk += chunk[-WIDTH:] * (size - taken)
            self._db.execute(_write_statement(size, retry_failed), [self.job, now, *chunk])
            start += taken * WIDTH
            rows -= taken

    def _existing(self, writes: list[Pending]) -> dict[str, tuple[str, str | None, str | None]]:
        """What the claimed keys hold already."""
        keys = [key for write in writes if isinstance(write, Claims) for key in write.keys]
        most = MOST_ROWS
        existing: dict[str, tuple[str, str | None, str | None]] = {}
        for start in range(0, len(keys), most):
            chunk = keys[start : start + most]
            size = -(-len(chunk) // ROWS_STEP) * ROWS_STEP
            chunk += chunk[-1:] * (size - len(chunk))
            found = self._db.execute(_existing_statement(size), [self.job, *chunk])
            existing.update((key, (outcome, sid, detail)) for key, outcome, sid, detail in found)
        return existing

    async def _read(self, query: str, arguments: Sequence[Any]) -> list[Any]:
        await self._writes.drain()
        return await anyio.to_thread.run_sync(
            lambda: self._db.execute(query, arguments).fetchall(), limiter=self._thread
        )

    async def entries(self, outcomes: Collection[Outcome] | None = None) -> AsyncIterator[Entry]:
        query = "SELECT key, outcome, sid, detail FROM batch_items WHERE job = ?"
        arguments: list[str] = [self.job]
        if outcomes is not None:
            query += f" AND outcome IN ({', '.join('?' * len(outcomes))})"
            arguments += [Outcome(outcome).value for outcome in outcomes]
        for key, outcome, sid, detail in await self._read(query, arguments):  # a snapshot: resolving is safe
            yield Entry(key, Outcome(outcome), sid, detail)

    async def counts(self) -> dict[Outcome, int]:
        rows = await self._read("SELECT outcome, count(*) FROM batch_items WHERE job = ? GROUP BY outcome", [self.job])
        return {Outcome(outcome): count for outcome, count in rows}

    async def aclose(self) -> None:
        try:
            await self._writes.drain()
        finally:
            with anyio.CancelScope(shield=True):  # closing checkpoints the file: off the loop too
                await anyio.to_thread.run_sync(self._db.close, limiter=self._thread)

    async def __aenter__(self) -> SQLiteJournal:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
