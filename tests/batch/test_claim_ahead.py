"""A batch with a journal claims its inputs a lot at a time, ahead of the workers that send them."""

from __future__ import annotations

import collections
from pathlib import Path

import anyio
import anyio.lowlevel
import pytest

from carrierx_async.batch import Batch, Outcome, SQLiteJournal


@pytest.fixture
async def journal(tmp_path: Path) -> SQLiteJournal:
    return SQLiteJournal(tmp_path / "journal.sqlite", "job")


async def test_fewer_inputs_than_a_lot_are_all_sent(journal: SQLiteJournal) -> None:
    # The whole input is one lot: the workers wait for its claim rather than finding nothing left.
    async with journal:
        results = await Batch(_doubled, range(10), journal=journal, concurrency=4).run()
        assert [result.ok for result in results] == [True] * 10
        assert await journal.counts() == {Outcome.SUCCEEDED: 10}


async def test_no_more_than_four_rounds_of_the_workers_are_claimed_ahead(journal: SQLiteJournal) -> None:
    release, busy = anyio.Event(), anyio.Event()
    in_flight = 0

    async def blocked(index: int) -> int:
        nonlocal in_flight
        in_flight += 1
        if in_flight == 5:
            busy.set()
        await release.wait()
        return index

    async with journal, anyio.create_task_group() as group:
        results: list[object] = []

        async def run() -> None:
            results.extend(await Batch(blocked, range(100), journal=journal, concurrency=5).run())

        group.start_soon(run)
        with anyio.fail_after(30):  # a guard against a hang, not a measure of speed
            await busy.wait()
            while (await journal.counts()).get(Outcome.STARTED, 0) < 20:
                await anyio.lowlevel.checkpoint()
        for _ in range(50):  # the claimer has nothing more to claim while the workers are busy
            await anyio.lowlevel.checkpoint()
        # The first lot was 4 x 5 keys: five went to the workers, and fifteen queued (more than
        # two rounds of the workers) are enough until the workers take more.
        assert await journal.counts() == {Outcome.STARTED: 20}
        release.set()
    assert len(results) == 100
    assert await _counts(journal) == {Outcome.SUCCEEDED: 100}


async def test_what_was_claimed_and_never_sent_is_released_when_the_batch_stops(journal: SQLiteJournal) -> None:
    calls: collections.Counter[int] = collections.Counter()

    async def send(index: int) -> int:
        calls[index] += 1
        await anyio.sleep(0.001)
        return index

    async with journal:
        async with Batch(send, range(200), journal=journal, concurrency=8).stream() as results:
            async for _ in results:
                if sum(calls.values()) >= 20:
                    break  # leaving the block cancels the calls in flight
        entries = {entry.key: entry async for entry in journal.entries()}
        started = {key for key, entry in entries.items() if entry.outcome is Outcome.STARTED}
        released = {key for key, entry in entries.items() if entry.outcome is Outcome.NOT_SENT}
        assert len(started) <= 8  # only what was in flight is in doubt
        assert released and all(entries[key].detail == "claimed, never sent: the batch stopped" for key in released)
        assert not released & {str(index) for index in calls}

        again = await Batch(send, range(200), journal=journal, concurrency=8).run()
        assert {str(result.input) for result in again} == {str(index) for index in range(200)} - set(entries) | released
        assert max(calls.values()) == 1  # nothing sent twice; what was in flight is left in doubt
        counts = await journal.counts()
        assert counts.get(Outcome.SUCCEEDED) == 200 - len(started) and counts.get(Outcome.STARTED, 0) == len(started)


async def _doubled(index: int) -> int:
    await anyio.lowlevel.checkpoint()
    return index * 2


async def _counts(journal: SQLiteJournal) -> dict[Outcome, int]:
    reader = SQLiteJournal(journal.path, journal.job)
    async with reader:
        return await reader.counts()
