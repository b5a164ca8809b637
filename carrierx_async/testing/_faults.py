"""Fault injection: what can go wrong between a client and CarrierX, on demand and reproducibly.

| kind            | when                 | what the client sees                                      |
|-----------------|----------------------|-----------------------------------------------------------|
| `latency`       | before processing    | the answer `delay` seconds late                           |
| `rate_limit`    | instead of processing| 429 with `Retry-After: <retry_after>`                      |
| `server_error`  | instead of processing| `status` (503 unless set), CarrierX error body            |
| `connect_error` | instead of processing| a connection that could not be made (request never left)  |
| `drop_before`   | instead of processing| the connection drops; nothing happened on the server      |
| `drop_after`    | after processing     | the connection drops; the side effect DID happen          |
| `truncate`      | after processing     | a 2xx whose JSON body is cut in half                      |

Each fault applies to a method (`*` for any) and a path glob matched against the request path
(`/core/v2/sms/*`) or the operation's template (`/core/v2/phonenumber/dids/{did_sid}`), with a
probability (`rate`) drawn from a seeded RNG and an optional cap on how many times it fires.
"""

from __future__ import annotations

import fnmatch
import random
from collections import Counter
from collections.abc import Iterable
from typing import Literal, get_args

import attrs

__all__ = ["Fault", "FaultEvent", "FaultInjector", "FaultKind"]

FaultKind = Literal["latency", "rate_limit", "server_error", "connect_error", "drop_before", "drop_after", "truncate"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
BEFORE = frozenset({"rate_limit", "server_error", "connect_error", "drop_before"})
AFTER = frozenset({"drop_after", "truncate"})


def _upper(value: str) -> str:
    return value.upper()


def _check_kind(instance: Fault, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in FAULT_KINDS:
        raise ValueError(f"unknown fault kind {value!r}; use one of {', '.join(FAULT_KINDS)}")


@attrs.frozen
class Fault:
    """One kind of failure, where it applies and how often.

    Args:
        kind: see the module table.
        method: HTTP method it applies to (`*`: any).
        path: glob over the request path or the operation template, section prefix included.
        rate: probability per matching request, 0 to 1.
        times: fire at most this many times (None: no limit).
        status: the status `server_error` answers with.
        retry_after: the `Retry-After` seconds `rate_limit` sends.
        delay: the seconds `latency` adds.
    """

    kind: FaultKind = attrs.field(validator=_check_kind)
    method: str = attrs.field(default="*", converter=_upper)
    path: str = "*"
    rate: float = attrs.field(default=1.0, validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    times: int | None = None
    status: int = 503
    retry_after: float = 1.0
    delay: float = 0.05

    @classmethod
    def parse(cls, text: str) -> Fault:
        """`kind[:key=value,...]`, e.g. `rate_limit:rate=0.2,method=POST,path=/core/v2/sms/*`."""
        kind, _, options = text.partition(":")
        values: dict[str, str] = {}
        for option in filter(None, (part.strip() for part in options.split(","))):
            key, separator, value = option.partition("=")
            if not separator:
                raise ValueError(f"fault option {option!r} is not key=value")
            values[key.strip()] = value.strip()
        fields = {field.name: field for field in attrs.fields(cls)}
        unknown = set(values) - set(fields) - {"kind"}
        if unknown:
            raise ValueError(f"unknown fault option(s) {', '.join(sorted(unknown))}")
        converted: dict[str, object] = {}
        for key, value in values.items():
            if key in ("rate", "retry_after", "delay"):
                converted[key] = float(value)
            elif key in ("times", "status"):
                converted[key] = int(value)
            else:
                converted[key] = value
        return cls(kind.strip(), **converted)  # type: ignore[arg-type]

    def applies_to(self, method: str, path: str, template: str | None) -> bool:
        if self.method != "*" and self.method != method:
            return False
        return fnmatch.fnmatchcase(path, self.path) or (
            template is not None and fnmatch.fnmatchcase(template, self.path)
        )


@attrs.frozen
class FaultEvent:
    """One injected fault, as recorded in `FaultInjector.log`."""

    kind: str
    method: str
    path: str


class FaultInjector:
    """Decides, request by request, which faults fire; keeps a log and counts per kind."""

    def __init__(self, faults: Iterable[Fault] = (), *, seed: int | None = 0) -> None:
        self._faults: list[Fault] = []
        self._remaining: list[int | None] = []
        self._rng = random.Random(seed)
        self.counts: Counter[str] = Counter()
        self.log: list[FaultEvent] = []
        for fault in faults:
            self.add(fault)

    @property
    def faults(self) -> tuple[Fault, ...]:
        return tuple(self._faults)

    def add(self, fault: Fault | str) -> Fault:
        """Start injecting a fault (a `Fault` or its `Fault.parse` text)."""
        parsed = Fault.parse(fault) if isinstance(fault, str) else fault
        self._faults.append(parsed)
        self._remaining.append(parsed.times)
        return parsed

    def clear(self) -> None:
        """Stop injecting faults (the log and counts stay)."""
        self._faults.clear()
        self._remaining.clear()

    def reseed(self, seed: int | None) -> None:
        self._rng.seed(seed)

    def delay(self, method: str, path: str, template: str | None) -> float:
        """Seconds of added latency for this request."""
        return sum(fault.delay for fault in self._fire({"latency"}, method, path, template, first_only=False))

    def before(self, method: str, path: str, template: str | None) -> Fault | None:
        """The fault that stops this request before it is processed, if any."""
        return next(iter(self._fire(BEFORE, method, path, template)), None)

    def after(self, method: str, path: str, template: str | None) -> Fault | None:
        """The fault that spoils the answer of a processed request, if any."""
        return next(iter(self._fire(AFTER, method, path, template)), None)

    def _fire(
        self, kinds: Iterable[str], method: str, path: str, template: str | None, *, first_only: bool = True
    ) -> list[Fault]:
        wanted = set(kinds)
        fired: list[Fault] = []
        for index, fault in enumerate(self._faults):
            if fault.kind not in wanted or not fault.applies_to(method, path, template):
                continue
            remaining = self._remaining[index]
            if remaining is not None and remaining <= 0:
                continue
            if self._rng.random() >= fault.rate:
                continue
            if remaining is not None:
                self._remaining[index] = remaining - 1
            self.counts[fault.kind] += 1
            self.log.append(FaultEvent(fault.kind, method, path))
            fired.append(fault)
            if first_only:
                break
        return fired
