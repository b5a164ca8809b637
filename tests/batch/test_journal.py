"""Journals (SQLite and a real Redis): claims, outcomes, resuming, and what each error means."""

from __future__ import annotations

import collections
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from carrierx_core.models import Did, Message, MessageCreateParams
from redis.asyncio import Redis

from carrierx_async import CarrierX, RetryPolicy, UnprocessableEntityError
from carrierx_async.batch import Batch, Journal, Outcome, RedisJournal, SQLiteJournal, default_sid, reconcile_sms
from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX, Fault, serve

SMS = "/core/v2/sms/messages"


@pytest.fixture(params=["sqlite", "sqlite with fsync", "redis"])
async def journals(
    request: pytest.FixtureRequest, tmp_path: Path, redis_url: str, job: str
) -> AsyncIterator[tuple[Journal, Journal]]:
    """Two journals of one job, as two workers would open them."""
    if request.param.startswith("sqlite"):
        fsync = request.param == "sqlite with fsync"
        first: Journal = SQLiteJournal(tmp_path / "journal.sqlite", job, fsync=fsync)
        second: Journal = SQLiteJournal(tmp_path / "journal.sqlite", job, fsync=fsync)
    else:
        first, second = RedisJournal(Redis.from_url(redis_url), job), RedisJournal(Redis.from_url(redis_url), job)
    yield first, second
    for journal in (first, second):
        await journal.aclose()
        if isinstance(journal, RedisJournal):
            await journal.redis.aclose()


async def test_a_claimed_key_is_not_claimed_again_until_it_is_known_not_sent(journals: tuple[Journal, Journal]) -> None:
    journal, _ = journals
    assert await journal.claim("a") is None
    started = await journal.claim("a")
    assert started is not None and started.outcome is Outcome.STARTED
    await journal.record("a", Outcome.NOT_SENT, detail="429")
    assert await journal.claim("a") is None  # provably not sent: retried
    await journal.record("a", Outcome.SUCCEEDED, sid="m-1")
    done = await journal.claim("a")
    assert done is not None and (done.outcome, done.sid) == (Outcome.SUCCEEDED, "m-1")


async def test_failed_keys_are_retried_only_when_asked(journals: tuple[Journal, Journal]) -> None:
    journal, _ = journals
    assert await journal.claim("b") is None
    await journal.record("b", Outcome.FAILED, detail="422 Unprocessable Entity")
    refused = await journal.claim("b")
    assert refused is not None and refused.detail == "422 Unprocessable Entity"
    assert await journal.claim("b", retry_failed=True) is None


async def test_in_doubt_keys_are_never_claimed_again(journals: tuple[Journal, Journal]) -> None:
    journal, _ = journals
    assert await journal.claim("c") is None
    await journal.record("c", Outcome.IN_DOUBT)
    assert (await journal.claim("c", retry_failed=True)) is not None
    await journal.resolve("c", Outcome.NOT_SENT, detail="reconciled")
    assert await journal.claim("c") is None


async def test_a_lot_of_claims_is_granted_key_by_key_in_order(journals: tuple[Journal, Journal]) -> None:
    journal, _ = journals
    assert await journal.claim_many(["sent", "refused", "lost", "doubtful"]) == [None] * 4
    await journal.record("sent", Outcome.SUCCEEDED, sid="m-1")
    await journal.record("refused", Outcome.FAILED, detail="422")
    await journal.record("lost", Outcome.NOT_SENT, detail="429")
    await journal.record("doubtful", Outcome.IN_DOUBT)
    claimed = await journal.claim_many(["new", "sent", "refused", "lost", "doubtful", "new"])
    assert [entry.outcome if entry else None for entry in claimed] == [
        None,  # a new key
        Outcome.SUCCEEDED,
        Outcome.FAILED,
        None,  # not sent: claimed again
        Outcome.IN_DOUBT,
        Outcome.STARTED,  # the same key twice in one lot: the second is refused
    ]
    sent = claimed[1]
    assert sent is not None and sent.sid == "m-1"
    retried = await journal.claim_many(["refused", "sent"], retry_failed=True)
    assert retried[0] is None and retried[1] is not None
    assert await journal.counts() == {
        Outcome.STARTED: 3,  # new, lost, refused
        Outcome.SUCCEEDED: 1,
        Outcome.IN_DOUBT: 1,
    }


async def test_an_outcome_not_yet_written_leaves_its_key_started(journals: tuple[Journal, Journal]) -> None:
    journal, other = journals  # `other` reads what is written, as a resumed job would after a crash
    assert await journal.claim_many(["a", "b"]) == [None, None]
    await journal.record("a", Outcome.SUCCEEDED, sid="m-1")
    await journal.record("b", Outcome.NOT_SENT)
    # Queued, not written: were the process to die now, both keys would be in doubt, never "not sent".
    assert {entry.key: entry.outcome async for entry in other.entries()} == {"a": Outcome.STARTED, "b": Outcome.STARTED}
    await journal.flush()
    assert {entry.key: entry.outcome async for entry in other.entries()} == {
        "a": Outcome.SUCCEEDED,
        "b": Outcome.NOT_SENT,
    }


async def test_a_batch_writes_each_claim_before_its_request_goes_out(journals: tuple[Journal, Journal]) -> None:
    journal, other = journals
    seen: dict[int, Outcome] = {}

    async def send(index: int) -> int:
        # What another process reading the storage finds while this request is about to go out.
        seen[index] = {entry.key: entry.outcome async for entry in other.entries()}[str(index)]
        return index

    results = await Batch(send, range(60), journal=journal, concurrency=7).run()
    assert all(result.ok for result in results)
    assert set(seen.values()) == {Outcome.STARTED} and len(seen) == 60
    assert await other.counts() == {Outcome.SUCCEEDED: 60}


async def test_two_workers_never_both_claim_a_key(journals: tuple[Journal, Journal]) -> None:
    first, second = journals
    granted: collections.Counter[str] = collections.Counter()

    async def worker(journal: Journal) -> None:
        for number in range(300):
            if await journal.claim(str(number)) is None:
                granted[str(number)] += 1

    async with anyio.create_task_group() as group:
        for journal in (first, second, first, second):
            group.start_soon(worker, journal)
    assert len(granted) == 300 and set(granted.values()) == {1}
    assert await first.counts() == {Outcome.STARTED: 300}
    assert await second.counts() == {Outcome.STARTED: 300}


@pytest.fixture
def loopback() -> Iterator[tuple[str, FakeCarrierX]]:
    app = FakeCarrierX(seed=11)
    with serve(app) as base_url:
        yield base_url, app


def body(index: int) -> MessageCreateParams:
    return {"from": "15162060000", "to": f"1555{index:07d}", "message": f"m{index}", "user_data": str(index)}


async def test_outcomes_follow_what_really_happened_and_a_rerun_only_retries_what_was_not_sent(
    journals: tuple[Journal, Journal], loopback: tuple[str, FakeCarrierX]
) -> None:
    journal, _ = journals
    base_url, app = loopback
    app.faults.add(Fault("drop_after", method="POST", path=SMS, rate=0.1))  # sent, answer lost
    app.faults.add(Fault("drop_before", method="POST", path=SMS, rate=0.1))  # not sent, no answer
    app.faults.add(
        Fault("rate_limit", method="POST", path=SMS, rate=0.1, retry_after=0)
    )  # not sent, and CarrierX said so
    bad = {7, 8}  # CarrierX refuses these (no recipient)

    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url, retry=RetryPolicy.none()) as cx:

        async def send(index: int) -> Any:
            message = body(index)
            if index in bad:
                del message["to"]
            return await cx.core.sms.send_message(body=message)

        first = await Batch(send, range(200), journal=journal, concurrency=10).run()
        outcomes = collections.Counter(result.outcome for result in first)
        refused = [result for result in first if not result.ok and result.outcome is Outcome.FAILED]
        assert all(isinstance(result.error, UnprocessableEntityError) for result in refused)
        assert {result.input for result in refused} <= bad  # a refused one may have met a fault first
        assert outcomes[Outcome.IN_DOUBT] > 5 and outcomes[Outcome.NOT_SENT] > 5
        succeeded = [result for result in first if result.ok]
        entry = await journal.claim(str(succeeded[0].input))
        assert entry is not None and entry.sid == succeeded[0].value.message_sid  # the created object's SID

        app.faults.clear()
        sent_before = app.counters["sms_sent"]
        second = await Batch(send, range(200), journal=journal, concurrency=10).run()
        assert sorted(result.input for result in second) == sorted(
            result.input for result in first if not result.ok and result.outcome is Outcome.NOT_SENT
        )
        assert app.counters["sms_sent"] == sent_before + sum(result.ok for result in second)

        report = await reconcile_sms(journal, cx.core)
        assert report.in_doubt == outcomes[Outcome.IN_DOUBT] and report.sent > 0 and report.not_sent > 0
        third = await Batch(send, range(200), journal=journal, concurrency=10).run()
        assert len(third) == report.not_sent and all(result.ok or result.input in bad for result in third)
        assert await journal.counts() == {Outcome.SUCCEEDED: 198, Outcome.FAILED: 2}
        records = [str(record.user_data) async for record in cx.core.sms.iter_message_detail_records()]
    assert sorted(records, key=int) == [str(index) for index in range(200) if index not in bad]


async def test_reconciling_given_keys_settles_those_and_leaves_the_rest(
    journals: tuple[Journal, Journal], loopback: tuple[str, FakeCarrierX]
) -> None:
    journal, _ = journals
    base_url, _ = loopback
    async with CarrierX(token=DEFAULT_TOKEN, base_url=base_url) as cx:
        await cx.core.sms.send_message(body=body(1))  # "1" reached CarrierX; "2" and "3" did not
        assert await journal.claim_many(["1", "2", "3"]) == [None] * 3
        await journal.record("1", Outcome.IN_DOUBT)
        await journal.record("2", Outcome.IN_DOUBT)
        # "3" stays started: say its worker is known to be gone, and "2" is too recent to judge.
        report = await reconcile_sms(journal, cx.core, keys={"1", "3"})
    assert (report.in_doubt, report.sent, report.not_sent, report.unsent) == (2, 1, 1, ("3",))
    assert await journal.counts() == {Outcome.SUCCEEDED: 1, Outcome.NOT_SENT: 1, Outcome.IN_DOUBT: 1}


def test_the_sid_kept_for_an_object_is_its_own_not_one_it_refers_to() -> None:
    did = Did.from_dict({"campaign_sid": "campaign-1", "did_group_sid": "group-1", "did_sid": "did-1"})
    assert default_sid(did) == "did-1"  # not the group's or the campaign's, which sort first
    assert default_sid(Message.from_dict({"message_sid": "m-1", "partner_sid": "p-1"})) == "m-1"
    assert default_sid(Did.from_dict({"did_group_sid": "group-1"})) == "group-1"  # without its own, another
    assert default_sid(None) is None
