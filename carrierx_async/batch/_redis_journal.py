"""`RedisJournal`: the journal shared by workers on several machines (needs the `cluster` extra).

Each job is two hashes: `<prefix>:<job>:items` (key → outcome, SID, detail) and
`<prefix>:<job>:counts` (outcome → how many), kept in step by one Lua script per group
commit, so a claim is atomic across workers (two workers never both send one key) and the
counts give a cluster-wide progress bar for the price of one HGETALL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection, Sequence
from typing import TYPE_CHECKING, Any

from ._journal import Claims, Entry, GroupCommit, Pending
from ._outcome import Outcome

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisJournal"]

# ARGV: op, key, value triples. op: "set" (record), "claim", "claim_failed" (claim, FAILED counts as claimable).
# Returns, per triple, "" (written / claim granted) or the key's current value (claim refused).
WRITE_SCRIPT = """
local items, counts = KEYS[1], KEYS[2]
local out = {}
for i = 1, #ARGV, 3 do
  local op, key, value = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local old = redis.call('HGET', items, key)
  local old_state = false
  if old then old_state = string.match(old, '^[^\\t]*') end
  local write = op == 'set' or not old_state or old_state == 'not_sent'
    or (op == 'claim_failed' and old_state == 'failed')
  if write then
    redis.call('HSET', items, key, value)
    if old_state then redis.call('HINCRBY', counts, old_state, -1) end
    redis.call('HINCRBY', counts, string.match(value, '^[^\\t]*'), 1)
    out[#out + 1] = ''
  else
    out[#out + 1] = old
  end
end
return out
"""


def _encode(outcome: Outcome, sid: str | None, detail: str | None) -> str:
    clean = (detail or "").replace("\t", " ")
    return f"{outcome.value}\t{sid or ''}\t{clean}"


STARTED = _encode(Outcome.STARTED, None, None)


def _decode(key: str, value: bytes | str) -> Entry:
    text = value.decode() if isinstance(value, bytes) else value
    outcome, sid, detail = [*text.split("\t", 2), "", ""][:3]
    return Entry(key, Outcome(outcome), sid or None, detail or None)


class RedisJournal:
    """A journal in Redis, shared by every worker of a job.

    Args:
        redis: a `redis.asyncio.Redis` client, or a URL (`redis://127.0.0.1:6379/0`).
        job: the job's name; workers with the same name share its outcomes.
        prefix: the key prefix.
    """

    def __init__(self, redis: Redis | str, job: str = "default", *, prefix: str = "carrierx:batch") -> None:
        from redis.asyncio import Redis as RedisClient

        self._owns_client = isinstance(redis, str)
        self.redis: RedisClient = RedisClient.from_url(redis) if isinstance(redis, str) else redis
        self.job = job
        self.items_key = f"{prefix}:{job}:items"
        self.counts_key = f"{prefix}:{job}:counts"
        self._script = self.redis.register_script(WRITE_SCRIPT)
        self._writes = GroupCommit(self._flush)

    def __repr__(self) -> str:
        return f"<RedisJournal {self.items_key!r}>"

    async def claim(self, key: str, *, retry_failed: bool = False) -> Entry | None:
        return (await self.claim_many([key], retry_failed=retry_failed))[0]

    async def claim_many(self, keys: Sequence[str], *, retry_failed: bool = False) -> list[Entry | None]:
        claims = Claims(keys, retry_failed)
        await self._writes.submit(claims, gather=False)
        return claims.existing

    async def record(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        self._writes.add((key, outcome, sid, detail))

    async def flush(self) -> None:
        await self._writes.drain()

    async def resolve(self, key: str, outcome: Outcome, *, sid: str | None = None, detail: str | None = None) -> None:
        await self._writes.submit((key, outcome, sid, detail))

    async def _flush(self, writes: list[Pending]) -> None:
        arguments: list[str] = []
        for write in writes:
            if isinstance(write, Claims):
                op = "claim_failed" if write.retry_failed else "claim"
                for key in write.keys:
                    arguments += [op, key, STARTED]
            else:
                key, outcome, sid, detail = write
                arguments += ["set", key, _encode(outcome, sid, detail)]
        answers: list[Any] = await self._script(keys=[self.items_key, self.counts_key], args=arguments)
        position = 0
        for write in writes:
            if isinstance(write, Claims):
                found = answers[position : position + len(write.keys)]
                write.existing = [
                    _decode(key, answer) if answer else None for key, answer in zip(write.keys, found, strict=True)
                ]
                position += len(write.keys)
            else:
                position += 1

    async def entries(self, outcomes: Collection[Outcome] | None = None) -> AsyncIterator[Entry]:
        await self._writes.drain()
        wanted = None if outcomes is None else {Outcome(outcome) for outcome in outcomes}
        async for key, value in self.redis.hscan_iter(self.items_key, count=1000):
            entry = _decode(key.decode() if isinstance(key, bytes) else key, value)
            if wanted is None or entry.outcome in wanted:
                yield entry

    async def counts(self) -> dict[Outcome, int]:
        await self._writes.drain()
        raw: dict[bytes, bytes] = await self.redis.hgetall(self.counts_key)  # type: ignore[misc]
        found = {Outcome(name.decode() if isinstance(name, bytes) else name): int(count) for name, count in raw.items()}
        return {outcome: count for outcome, count in found.items() if count}

    async def clear(self) -> None:
        """Forget the job (its outcomes and counts)."""
        await self.redis.delete(self.items_key, self.counts_key)

    async def aclose(self) -> None:
        try:
            await self._writes.drain()
        finally:
            if self._owns_client:
                await self.redis.aclose()

    async def __aenter__(self) -> RedisJournal:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
