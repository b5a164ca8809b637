"""Progress bars: a batch's own, and one for a whole job read from its shared journal."""

from __future__ import annotations

import io
from pathlib import Path

import anyio
from rich.console import Console

from carrierx_async.batch import Batch, Outcome, RichProgress, SQLiteJournal, watch_journal


async def fail_on_three(item: int) -> int:
    await anyio.sleep(0.001)
    if item == 3:
        raise ValueError("three")
    return item


async def test_a_batch_draws_done_failures_and_rate() -> None:
    output = io.StringIO()
    with RichProgress("sending", total=20, console=Console(file=output, width=140)) as progress:
        await Batch(fail_on_three, range(20), concurrency=4, on_progress=progress).run()
    text = output.getvalue()
    assert "sending" in text and "20/20" in text
    assert "failed 1, in doubt 1" in text and "/s" in text


async def test_a_job_wide_bar_reads_every_workers_outcomes_from_the_journal(tmp_path: Path) -> None:
    output = io.StringIO()
    async with SQLiteJournal(tmp_path / "j.sqlite", "job") as journal:
        done = False

        async def worker(first: int) -> None:
            await Batch(fail_on_three, range(first, first + 10), journal=journal, concurrency=2).run()

        async def run_workers() -> None:
            nonlocal done
            async with anyio.create_task_group() as group:
                for first in (0, 10, 20):
                    group.start_soon(worker, first)
            done = True

        async with anyio.create_task_group() as group:
            group.start_soon(run_workers)
            counts = await watch_journal(
                journal, 30, until=lambda: done, interval=0.01, console=Console(file=output, width=140)
            )
    assert counts == {Outcome.SUCCEEDED: 29, Outcome.IN_DOUBT: 1}
    assert "30/30" in output.getvalue()
