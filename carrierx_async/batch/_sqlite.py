"""`SQLiteJournal`: the embedded default, one file, no server.

WAL mode with `synchronous=NORMAL`: a committed claim survives the process being killed
(SIGKILL, OOM), which is what resuming needs; only a power cut can lose the last commits.
Several processes on one machine may share the file (writes take turns under SQLite's lock).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator, Collection
from pathlib import Path

import anyio.to_thread

from ._journal import Claim, Entry, GroupCommit, Write
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
CREATE INDEX IF NOT EXISTS batch_items_by_outcome ON batch_items (job, outcome);
"""

CLAIMABLE = (Outcome.NOT_SENT.value,)
CLAIMABLE_WITH_FAILED = (Outcome.NOT_SENT.value, Outcome.FAILED.value)


class SQLiteJournal:
    """A journal in one SQLite file; `job` names the job, so one file can hold several.

    Args:
        path: the database file (created if missing).
        job: the job's name; re-running with the same name resumes it.
    """

    def __init__(self, path: str | Path, job: str = "default") -> None:
        self.path = Path(path)
        self.job = job
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._writes = GroupCommit(self._flush)

    def __repr__(self) -> str:
        return f"<SQLiteJournal {str(self.path)!r} job={self.job!r}>"

    async def claim(self, key: str, *, retry_failed: bool = False) -> Entry | None:
        write = Write(key, Outcome.STARTED, claim=Claim(retry_failed))
        await self._writes.submit(write)
        assert write.claim is not None
        return write.claim.existing

    async def record(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        self._writes.add(Write(key, outcome, sid, detail))

    async def flush(self) -> None:
        await self._writes.drain()

    async def resolve(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        await self._writes.submit(Write(key, outcome, sid, detail))

    async def _flush(self, writes: list[Write]) -> None:
        # In a thread: while one transaction commits, the workers' next claims gather for the next one.
        await anyio.to_thread.run_sync(self._write, writes)

    def _write(self, writes: list[Write]) -> None:
        now = time.time()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            claims = [write for write in writes if write.claim is not None]
            existing: dict[str, tuple[str, str | None, str | None]] = {}
            for start in range(0, len(claims), 500):  # SQLite's limit on bound parameters
                keys = [write.key for write in claims[start : start + 500]]
                rows = db.execute(
                    "SELECT key, outcome, sid, detail FROM batch_items WHERE job = ? AND key IN"
                    f" ({', '.join('?' * len(keys))})",
                    [self.job, *keys],
                )
                existing.update((key, (outcome, sid, detail)) for key, outcome, sid, detail in rows)
            rows_to_write: list[tuple[str, str, str, str | None, str | None, int, float]] = []
            for write in writes:
                if write.claim is None:
                    rows_to_write.append((self.job, write.key, write.outcome.value, write.sid, write.detail, 0, now))
                    existing[write.key] = (write.outcome.value, write.sid, write.detail)  # later claims see it
                    continue
                found = existing.get(write.key)
                claimable = CLAIMABLE_WITH_FAILED if write.claim.retry_failed else CLAIMABLE
                if found is not None and found[0] not in claimable:
                    write.claim.existing = Entry(write.key, Outcome(found[0]), found[1], found[2])
                    continue
                existing[write.key] = (Outcome.STARTED.value, None, None)  # the same key twice in one flush
                rows_to_write.append((self.job, write.key, Outcome.STARTED.value, None, None, 1, now))
            db.executemany(
                "INSERT INTO batch_items (job, key, outcome, sid, detail, attempts, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (job, key) DO UPDATE SET outcome = excluded.outcome, sid = excluded.sid,"
                " detail = excluded.detail, attempts = attempts + excluded.attempts, updated = excluded.updated",
                rows_to_write,
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    async def entries(self, outcomes: Collection[Outcome] | None = None) -> AsyncIterator[Entry]:
        await self._writes.drain()
        query = "SELECT key, outcome, sid, detail FROM batch_items WHERE job = ?"
        arguments: list[str] = [self.job]
        if outcomes is not None:
            query += f" AND outcome IN ({', '.join('?' * len(outcomes))})"
            arguments += [Outcome(outcome).value for outcome in outcomes]
        rows = self._db.execute(query, arguments).fetchall()  # a snapshot: resolving while iterating is safe
        for key, outcome, sid, detail in rows:
            yield Entry(key, Outcome(outcome), sid, detail)

    async def counts(self) -> dict[Outcome, int]:
        await self._writes.drain()
        rows = self._db.execute(
            "SELECT outcome, count(*) FROM batch_items WHERE job = ? GROUP BY outcome", (self.job,)
        ).fetchall()
        return {Outcome(outcome): count for outcome, count in rows}

    async def aclose(self) -> None:
        try:
            await self._writes.drain()
        finally:
            self._db.close()

    async def __aenter__(self) -> SQLiteJournal:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
