"""Live progress bars (rich): rate, failures, in doubt and time left, for a batch or a whole cluster.

with RichProgress("sending SMS", total=len(numbers)) as progress:
    await Batch(send, numbers, on_progress=progress).run()

# every worker of a job, read from the shared journal
await watch_journal(journal, total=10_000, until=all_done)
"""

from __future__ import annotations

import inspect
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import anyio
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ._journal import Journal
from ._outcome import Outcome
from ._results import BatchProgress

__all__ = ["RichProgress", "watch_journal"]


class RichProgress:
    """A progress bar fed by `Batch(on_progress=...)` or by `update(...)` with cluster-wide counts."""

    def __init__(self, label: str, total: int | None, *, console: Console | None = None) -> None:
        self.label = label
        self.total = total
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>5.0f}/s"),
            TextColumn("failed {task.fields[failed]}, in doubt {task.fields[in_doubt]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True, width=None if sys.stderr.isatty() else 120),
            refresh_per_second=5,
        )
        self._task: TaskID | None = None
        self._started = time.monotonic()

    def __enter__(self) -> RichProgress:
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=self.total, rate=0.0, failed=0, in_doubt=0, skipped=0)
        self._started = time.monotonic()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()

    def update(
        self,
        *,
        done: int,
        failed: int,
        in_doubt: int = 0,
        skipped: int = 0,
        elapsed: float | None = None,
        baseline: int = 0,
    ) -> None:
        """Show these counts (done includes failures and skips; `baseline` were done before this run)."""
        if self._task is None:
            return
        seconds = elapsed if elapsed is not None else time.monotonic() - self._started
        self._progress.update(
            self._task,
            completed=done,
            rate=(done - skipped - baseline) / seconds if seconds > 0 else 0.0,
            failed=failed,
            in_doubt=in_doubt,
            skipped=skipped,
        )

    def __call__(self, progress: BatchProgress) -> None:
        self.update(
            done=progress.done,
            failed=progress.failed,
            in_doubt=progress.in_doubt,
            skipped=progress.skipped,
            elapsed=progress.elapsed,
        )


def journal_figures(counts: dict[Outcome, int]) -> dict[str, int]:
    """Progress figures from a journal's counts (started keys are not done yet)."""
    done = sum(count for outcome, count in counts.items() if outcome is not Outcome.STARTED)
    return {
        "done": done,
        "failed": counts.get(Outcome.FAILED, 0) + counts.get(Outcome.NOT_SENT, 0) + counts.get(Outcome.IN_DOUBT, 0),
        "in_doubt": counts.get(Outcome.IN_DOUBT, 0),
    }


async def watch_journal(
    journal: Journal,
    total: int,
    *,
    until: Callable[[], bool],
    label: str = "all workers",
    interval: float = 0.25,
    on_counts: Callable[[dict[Outcome, int]], Any] | None = None,
    console: Console | None = None,
) -> dict[Outcome, int]:
    """Draw one bar for every worker of a job from the shared journal until `until()`; the last counts.

    `on_counts` sees the counts at each refresh (it may be a coroutine function).
    """
    counts = await journal.counts()
    baseline = journal_figures(counts)["done"] - counts.get(Outcome.NOT_SENT, 0)  # settled before this run
    with RichProgress(label, total, console=console) as bar:
        while True:
            counts = await journal.counts()
            bar.update(**journal_figures(counts), baseline=baseline)
            if on_counts is not None:
                reply = on_counts(counts)
                if inspect.isawaitable(reply):
                    await reply
            if until():
                return counts
            await anyio.sleep(interval)
