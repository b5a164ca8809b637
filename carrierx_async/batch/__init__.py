"""Batch jobs: many inputs, bounded concurrency, one account-wide rate, durable outcomes.

- `Batch` runs an operation over inputs (`_run.py`); results are `Succeeded` or `Failed`.
- A journal records each input's `Outcome` so a job resumes: `SQLiteJournal` (embedded
  default), `RedisJournal` (shared by workers on several machines; needs the `cluster` extra).
- `RateLimit` / `RedisRateLimit`: one rate per account, set with `CarrierX(rate_limit=...)`.
- `reconcile_sms` settles in-doubt SMS against the message detail records.
- `RichProgress` / `watch_journal`: a live progress bar, for one process or a whole cluster.
"""

from typing import TYPE_CHECKING

from .._ratelimit import AccountLimiter, RateLimit
from ._journal import Entry, Journal
from ._outcome import Outcome, classify_error
from ._results import BatchProgress, BatchResult, Failed, Succeeded
from ._run import Batch, InputsChangedError, default_sid
from ._sqlite import SQLiteJournal

if TYPE_CHECKING:
    from ._local_redis import LocalRedis
    from ._progress import RichProgress, watch_journal
    from ._reconcile import ReconcileReport, reconcile, reconcile_sms
    from ._redis_journal import RedisJournal
    from ._redis_limiter import RedisRateLimit

# Loaded on first use: they import redis or rich, which a batch in one process does not need.
_LAZY = {
    "LocalRedis": "_local_redis",
    "RichProgress": "_progress",
    "watch_journal": "_progress",
    "ReconcileReport": "_reconcile",
    "reconcile": "_reconcile",
    "reconcile_sms": "_reconcile",
    "RedisJournal": "_redis_journal",
    "RedisRateLimit": "_redis_limiter",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'carrierx_async.batch' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "AccountLimiter",
    "Batch",
    "BatchProgress",
    "BatchResult",
    "Entry",
    "Failed",
    "InputsChangedError",
    "Journal",
    "LocalRedis",
    "Outcome",
    "RateLimit",
    "ReconcileReport",
    "RedisJournal",
    "RedisRateLimit",
    "RichProgress",
    "SQLiteJournal",
    "Succeeded",
    "classify_error",
    "default_sid",
    "reconcile",
    "reconcile_sms",
    "watch_journal",
]
