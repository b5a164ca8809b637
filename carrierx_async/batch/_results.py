"""The result of one input (`Succeeded` or `Failed`, told apart by `ok`) and progress counts."""

from __future__ import annotations

from typing import Generic, Literal, TypeAlias, TypeVar

import attrs

from ._outcome import Outcome

__all__ = ["BatchProgress", "BatchResult", "Failed", "Succeeded"]

InputT = TypeVar("InputT")
ResultT = TypeVar("ResultT")


@attrs.frozen
class Succeeded(Generic[InputT, ResultT]):
    """The operation returned `value` for `input` (the `index`-th input read)."""

    index: int
    input: InputT
    value: ResultT
    ok: Literal[True] = True
    outcome: Literal[Outcome.SUCCEEDED] = Outcome.SUCCEEDED


@attrs.frozen
class Failed(Generic[InputT]):
    """The operation raised `error` for `input`; `outcome` says whether it may have been sent."""

    index: int
    input: InputT
    error: Exception
    outcome: Outcome = Outcome.IN_DOUBT
    ok: Literal[False] = False


# `if result.ok:` narrows a BatchResult to Succeeded (and its `value` to ResultT).
BatchResult: TypeAlias = Succeeded[InputT, ResultT] | Failed[InputT]


@attrs.frozen
class BatchProgress:
    """Counts so far, passed to `on_progress` after every input.

    `skipped` counts inputs a journal had already settled (succeeded, failed, in doubt, or
    started by a worker that is gone); they are not run again.
    """

    done: int
    succeeded: int
    failed: int
    total: int | None
    elapsed: float
    skipped: int = 0
    in_doubt: int = 0
