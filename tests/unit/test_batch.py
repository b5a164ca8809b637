"""Batch: bounded concurrency, smooth rate, per-item results, progress, streaming, early exit."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import anyio
import pytest

from carrierx_async import Batch, BatchProgress, BatchResult, ConfigurationError, Failed, Succeeded
from carrierx_async.batch import Outcome


class Operation:
    def __init__(self, delay: float = 0.0, fail_on: set[int] | None = None) -> None:
        self.delay = delay
        self.fail_on = fail_on or set()
        self.in_flight = 0
        self.most_in_flight = 0
        self.started: list[float] = []
        self.finished = 0

    async def __call__(self, item: int) -> int:
        self.started.append(time.monotonic())
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await anyio.sleep(self.delay)
            if item in self.fail_on:
                raise ValueError(f"item {item} failed")
            self.finished += 1
            return item * 2
        finally:
            self.in_flight -= 1


async def test_every_input_gets_a_result_in_input_order() -> None:
    results = await Batch(Operation(), range(100), concurrency=7).run()
    assert [result.value for result in results if result.ok] == [item * 2 for item in range(100)]
    assert all(isinstance(result, Succeeded) for result in results)


def doubled(result: BatchResult[int, int]) -> int:
    """`ok` narrows the result: `value` is an int here, not `int | None` (mypy --strict checks this file)."""
    if result.ok:
        return result.value * 2
    return -1 if isinstance(result.error, ValueError) else -2


async def test_ok_tells_a_success_with_its_value_from_a_failure_with_its_error() -> None:
    results = await Batch(Operation(fail_on={1}), range(3), concurrency=1).run()
    assert [doubled(result) for result in results] == [0, -1, 8]
    failure = results[1]
    assert isinstance(failure, Failed) and not failure.ok
    assert failure.outcome is Outcome.IN_DOUBT  # an error this library did not raise: it may have sent something


async def test_concurrency_is_bounded() -> None:
    operation = Operation(delay=0.005)
    await Batch(operation, range(60), concurrency=5).run()
    assert operation.most_in_flight == 5


async def test_one_failure_does_not_stop_the_others() -> None:
    results = await Batch(Operation(fail_on={3, 50}), range(80), concurrency=10).run()
    failed = [result for result in results if not result.ok]
    assert [result.input for result in failed] == [3, 50]
    assert isinstance(failed[0].error, ValueError)
    assert sum(result.ok for result in results) == 78


async def test_the_rate_limit_spaces_calls_evenly_without_bursts() -> None:
    operation = Operation()
    await Batch(operation, range(21), concurrency=10, rate=100).run()
    started = sorted(operation.started)
    assert started[-1] - started[0] >= 0.19  # 21 starts at 100/s span 200 ms
    # No burst: about what the rate allows within any 100 ms (slack for a busy machine's scheduling).
    assert max(sum(1 for later in started[i:] if later - at < 0.1) for i, at in enumerate(started)) <= 13


async def test_progress_is_reported_after_each_item() -> None:
    seen: list[BatchProgress] = []
    await Batch(Operation(fail_on={1}), [0, 1, 2], concurrency=1, on_progress=seen.append).run()
    assert [(p.done, p.succeeded, p.failed, p.total) for p in seen] == [(1, 1, 0, 3), (2, 1, 1, 3), (3, 2, 1, 3)]
    assert seen[-1].in_doubt == 1 and seen[-1].skipped == 0


async def test_results_stream_as_they_complete() -> None:
    async def slow_first(item: int) -> int:
        await anyio.sleep(0.05 if item == 0 else 0)
        return item

    async with Batch(slow_first, range(5), concurrency=5).stream() as results:
        order = [result.input async for result in results]
    assert order[-1] == 0


async def test_leaving_the_stream_early_cancels_the_rest() -> None:
    operation = Operation(delay=0.01)
    async with Batch(operation, range(10_000), concurrency=10).stream() as results:
        async for result in results:
            if result.index >= 20:
                break
    assert operation.in_flight == 0
    assert operation.finished < 100


async def test_async_iterable_inputs_are_read_lazily() -> None:
    produced = 0

    async def numbers() -> AsyncIterator[int]:
        nonlocal produced
        for number in range(30):
            produced += 1
            yield number

    results = await Batch(Operation(), numbers(), concurrency=4).run()
    assert [result.input for result in results] == list(range(30))
    assert results[0].ok and results[0].value == 0 and produced == 30


@pytest.mark.parametrize(("options", "message"), [({"concurrency": 0}, "concurrency"), ({"rate": 0}, "rate")])
def test_bad_settings_are_refused(options: dict[str, float], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Batch(Operation(), [], **options)  # type: ignore[arg-type]


def test_batches_run_on_trio() -> None:
    async def main() -> int:
        return len(await Batch(Operation(), range(20), concurrency=3).run())

    assert anyio.run(main, backend="trio") == 20
