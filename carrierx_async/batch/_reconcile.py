"""Settling in-doubt inputs: did CarrierX act on them or not?

An in-doubt input (or one left `STARTED` by a worker that died) is never re-sent on its own.
Reconciliation reads what CarrierX recorded (for SMS, the message detail records, which carry
the `user_data` sent with each message) and settles each one: found → `SUCCEEDED` with the
record's SID; not found → `NOT_SENT`, which the next run of the job sends.

Run it when no worker of the job is running, and, against the real API, after the detail
records have caught up (they can lag the send by seconds).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterable, AsyncIterator, Callable, Collection
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import ConfigurationError
from ._journal import Journal
from ._outcome import Outcome

if TYPE_CHECKING:
    from ..resources.core import CoreAPI

__all__ = ["ReconcileReport", "reconcile", "reconcile_sms"]

DOUBTFUL = (Outcome.IN_DOUBT, Outcome.STARTED)


@attrs.frozen
class ReconcileReport:
    """What reconciliation found: keys settled as sent, as not sent, and keys CarrierX holds twice."""

    in_doubt: int
    sent: int
    not_sent: int
    duplicates: tuple[str, ...] = ()
    unsent: tuple[str, ...] = ()  # the keys settled as not sent (what the next run sends), sorted


async def reconcile(
    journal: Journal,
    records: AsyncIterable[Any],
    *,
    key_of: Callable[[Any], str | None],
    sid_of: Callable[[Any], str | None] = lambda record: None,
    outcomes: Collection[Outcome] = DOUBTFUL,
    keys: Collection[str] | None = None,
) -> ReconcileReport:
    """Settle the journal's in-doubt keys against `records` (what CarrierX did), matched by `key_of`.

    `outcomes`: which keys to settle; by default in doubt and started (run it when no worker is
    running). `[Outcome.IN_DOUBT]` alone is safe while workers run: those calls have ended.
    `keys`: only these (say, the started keys of chunks whose worker is known to be gone).
    """
    doubtful = await _doubtful(journal, outcomes, keys)
    return await _settle(journal, doubtful, records, key_of=key_of, sid_of=sid_of)


async def _doubtful(journal: Journal, outcomes: Collection[Outcome], keys: Collection[str] | None) -> set[str]:
    wanted = None if keys is None else set(keys)
    return {entry.key async for entry in journal.entries(outcomes) if wanted is None or entry.key in wanted}


async def _settle(
    journal: Journal,
    doubtful: set[str],
    records: AsyncIterable[Any],
    *,
    key_of: Callable[[Any], str | None],
    sid_of: Callable[[Any], str | None],
) -> ReconcileReport:
    if not doubtful:
        return ReconcileReport(0, 0, 0)
    seen: Counter[str] = Counter()
    sids: dict[str, str | None] = {}
    async for record in records:
        key = key_of(record)
        if key in doubtful:
            seen[key] += 1
            sids.setdefault(key, sid_of(record))
    for key in doubtful:
        if key in seen:
            await journal.resolve(key, Outcome.SUCCEEDED, sid=sids[key], detail="reconciled: CarrierX has it")
        else:
            await journal.resolve(key, Outcome.NOT_SENT, detail="reconciled: CarrierX has no record of it")
    return ReconcileReport(
        in_doubt=len(doubtful),
        sent=len(seen),
        not_sent=len(doubtful) - len(seen),
        duplicates=tuple(sorted(key for key, count in seen.items() if count > 1)),
        unsent=tuple(sorted(doubtful - seen.keys())),
    )


async def reconcile_sms(
    journal: Journal,
    core: CoreAPI,
    *,
    filter_: str | None = None,
    key_of: Callable[[Any], str | None] | None = None,
    chunk: int = 100,
    outcomes: Collection[Outcome] = DOUBTFUL,
    keys: Collection[str] | None = None,
) -> ReconcileReport:
    """Settle in-doubt SMS against the message detail records.

    By default a record matches the key sent as the message's `user_data` (send each message
    with `user_data=key`), and only the records of in-doubt keys are read, `chunk` keys per
    query (`user_data in (...)`), however many messages the job sent. With `key_of`, every
    record is read and matched by it; `filter_` (e.g. `date_start ge 2026-11-30T00:00:00`)
    narrows what is read either way. `outcomes` and `keys` choose the keys as for `reconcile`.
    """
    from carrierx_core.types import UNSET

    def user_data(record: Any) -> str | None:
        value = getattr(record, "user_data", None)
        return value if isinstance(value, str) else None

    def dr_sid(record: Any) -> str | None:
        value = getattr(record, "dr_sid", None)
        return value if isinstance(value, str) else None

    doubtful = await _doubtful(journal, outcomes, keys)
    if key_of is not None:
        every = core.sms.iter_message_detail_records(filter_=filter_ if filter_ is not None else UNSET)
        return await _settle(journal, doubtful, every, key_of=key_of, sid_of=dr_sid)

    async def records_of_doubtful_keys() -> AsyncIterator[Any]:
        ordered = sorted(doubtful)
        for start in range(0, len(ordered), chunk):
            condition = f"user_data in ({', '.join(_quoted(key) for key in ordered[start : start + chunk])})"
            async for record in core.sms.iter_message_detail_records(
                filter_=f"{filter_} and {condition}" if filter_ else condition
            ):
                yield record

    return await _settle(journal, doubtful, records_of_doubtful_keys(), key_of=user_data, sid_of=dr_sid)


def _quoted(key: str) -> str:
    """A filter value: quoted with whichever quote the key does not hold."""
    if "'" not in key:
        return f"'{key}'"
    if '"' not in key:
        return f'"{key}"'
    raise ConfigurationError(f"the key {key!r} holds both quote characters: pass key_of= to match records otherwise")
