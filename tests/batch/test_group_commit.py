"""Group commit: the writes of many tasks in one flush at a time, whoever is cancelled."""

from __future__ import annotations

import anyio
from anyio import wait_all_tasks_blocked

from carrierx_async.batch import Outcome
from carrierx_async.batch._journal import Claims, GroupCommit, Pending


class Storage:
    """A flush that keeps what it was given, and can be held until `release` is set."""

    def __init__(self) -> None:
        self.flushes: list[list[Pending]] = []
        self.release = anyio.Event()
        self.hold = False

    async def flush(self, writes: list[Pending]) -> None:
        if self.hold:
            await self.release.wait()
        self.flushes.append(list(writes))
        for write in writes:
            if isinstance(write, Claims):
                write.existing = [None] * len(write.keys)


async def test_writes_queued_together_go_out_in_one_flush_in_their_order() -> None:
    storage = Storage()
    commit = GroupCommit(storage.flush)
    first, last = ("a", Outcome.SUCCEEDED, "m-1", None), ("d", Outcome.NOT_SENT, None, "reconciled")
    commit.add(first)
    claims = Claims(["b", "c"])
    async with anyio.create_task_group() as group:
        group.start_soon(commit.submit, claims)
        group.start_soon(commit.submit, last)
    assert storage.flushes == [[first, claims, last]]
    assert claims.existing == [None, None]


async def test_a_flush_under_way_finishes_when_the_task_that_led_it_is_cancelled() -> None:
    storage = Storage()
    storage.hold = True
    commit = GroupCommit(storage.flush)
    async with anyio.create_task_group() as group:
        leader = anyio.CancelScope()

        async def lead() -> None:
            with leader:
                await commit.submit(("a", Outcome.SUCCEEDED, None, None))

        group.start_soon(lead)
        await wait_all_tasks_blocked()  # the leader's flush is under way, held
        group.start_soon(commit.submit, ("b", Outcome.SUCCEEDED, None, None))  # waits for the next flush
        await wait_all_tasks_blocked()
        leader.cancel()
        storage.release.set()
    assert [[write[0] for write in flush if isinstance(write, tuple)] for flush in storage.flushes] == [["a"], ["b"]]


async def test_a_writer_cancelled_before_its_flush_drops_its_write_and_strands_no_one() -> None:
    storage = Storage()
    commit = GroupCommit(storage.flush)
    busy, done = anyio.Event(), anyio.Event()

    async def another_flush() -> None:  # holds the one-flush-at-a-time lock, then gives it up unused
        async with commit._lock:
            busy.set()
            await done.wait()

    with anyio.fail_after(10):  # a stranded writer would wait for ever
        async with anyio.create_task_group() as group:
            group.start_soon(another_flush)
            await busy.wait()
            cancelled = anyio.CancelScope()

            async def cancelled_writer() -> None:
                with cancelled:
                    await commit.submit(("a", Outcome.SUCCEEDED, None, None))  # leads the next flush

            group.start_soon(cancelled_writer)
            await wait_all_tasks_blocked()
            group.start_soon(commit.submit, ("b", Outcome.SUCCEEDED, None, None))  # waits for that leader
            await wait_all_tasks_blocked()
            cancelled.cancel()
            await wait_all_tasks_blocked()
            done.set()
    assert storage.flushes == [[("b", Outcome.SUCCEEDED, None, None)]]


async def test_a_failed_flush_raises_in_every_task_whose_write_it_carried() -> None:
    async def failing(writes: list[Pending]) -> None:
        raise OSError("disk full")

    commit = GroupCommit(failing)
    errors: list[BaseException] = []

    async def write(key: str) -> None:
        try:
            await commit.submit((key, Outcome.SUCCEEDED, None, None))
        except OSError as error:
            errors.append(error)

    async with anyio.create_task_group() as group:
        for key in "abc":
            group.start_soon(write, key)
    assert [str(error) for error in errors] == ["disk full"] * 3
