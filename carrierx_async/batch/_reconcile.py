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
from collections.abc import AsyncIterable, Callable
from typing import TYPE_CHECKING, Any

import attrs

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


async def reconcile(
    journal: Journal,
    records: AsyncIterable[Any],
    *,
    key_of: Callable[[Any], str | None],
    sid_of: Callable[[Any], str | None] = lambda record: None,
) -> ReconcileReport:
    """Settle the journal's in-doubt keys against `records` (what CarrierX did), matched by `key_of`."""
    doubtful = {entry.key async for entry in journal.entries(DOUBTFUL)}
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
    )


async def reconcile_sms(
    journal: Journal,
    core: CoreAPI,
    *,
    filter_: str | None = None,
    key_of: Callable[[Any], str | None] | None = None,
) -> ReconcileReport:
    """Settle in-doubt SMS against the message detail records.

    By default a record matches the key sent as the message's `user_data` (send each message
    with `user_data=key`); pass `key_of` to match otherwise, and `filter_` (e.g.
    `date_start ge 2026-11-30T00:00:00`) to read only the job's time window.
    """
    from carrierx_core.types import UNSET

    def user_data(record: Any) -> str | None:
        value = getattr(record, "user_data", None)
        return value if isinstance(value, str) else None

    def dr_sid(record: Any) -> str | None:
        value = getattr(record, "dr_sid", None)
        return value if isinstance(value, str) else None

    records = core.sms.iter_message_detail_records(filter_=filter_ if filter_ is not None else UNSET)
    return await reconcile(journal, records, key_of=key_of or user_data, sid_of=dr_sid)
