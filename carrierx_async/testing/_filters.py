"""CarrierX list arguments: `filter` expressions, `order`, and `include_fields`/`exclude_fields`.

A filter is one or more `<field> <operator> <value>` conditions joined with `and` (no `or`,
`not` or parentheses). Values may be quoted with single or double quotes (required when they
hold spaces); fields may name nested values with dots (`properties.login`). The stored docs
show `eq`, `like` and `gt`; the other operators follow the same SQL-like naming. Timestamps
compare as instants (offsets, `Z`, fractions of a second and bare dates understood).
"""

from __future__ import annotations

import datetime
import functools
import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "OPERATORS",
    "Condition",
    "FilterError",
    "apply_fields",
    "matches",
    "parse_fields",
    "parse_filter",
    "parse_order",
    "sort_items",
]


class FilterError(ValueError):
    """A `filter`, `order` or field list that cannot be read; `argument` names which."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(message)
        self.argument = argument
        self.message = message


_MISSING = object()


@attrs.frozen
class Literal:
    """A filter value: its text, and whether it was quoted (a quoted `null` is the string)."""

    text: str
    quoted: bool = False


@attrs.frozen
class Condition:
    field: str
    operator: str
    value: Literal | tuple[Literal, ...]

    def test(self, item: Mapping[str, Any]) -> bool:
        """Whether the item meets the condition; a list on the way matches when any element does."""
        return any(OPERATORS[self.operator](actual, self.value) for actual in _lookup(item, self.field.split(".")))


def _lookup(value: Any, path: list[str]) -> list[Any]:
    if not path:
        return [value]
    if isinstance(value, Mapping):
        return _lookup(value.get(path[0]), path[1:]) if path[0] in value else [None]
    if isinstance(value, list):
        found = [actual for element in value for actual in _lookup(element, path)]
        return found or [None]
    return [None]


def _coerce(actual: Any, literal: Literal) -> Any:
    """The filter text as a value comparable with `actual` (or _MISSING when it cannot be)."""
    text = literal.text
    if not literal.quoted and text.lower() == "null":
        return None
    if isinstance(actual, bool):
        lowered = text.lower()
        return lowered == "true" if lowered in ("true", "false") else _MISSING
    if isinstance(actual, int | float):
        try:
            number = float(text)
        except ValueError:
            return _MISSING
        return int(number) if number.is_integer() and isinstance(actual, int) else number
    if actual is None and not literal.quoted and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _compare(check: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def operator(actual: Any, value: Any) -> bool:
        if not isinstance(value, Literal):
            raise FilterError("filter", "this operator takes a single value")
        expected = _coerce(actual, value)
        if expected is _MISSING:
            return False
        if actual is None or expected is None:
            return check is _equal and actual is expected
        if isinstance(actual, str) != isinstance(expected, str):
            actual, expected = str(actual), str(expected)
        elif isinstance(actual, str) and (moments := _instants(actual, expected)) is not None:
            actual, expected = moments
        elif isinstance(actual, str) and check is not _equal:
            # CarrierX sends many numbers as strings ("duration": "50"): order those as numbers.
            actual, expected = _numeric_pair(actual, expected)
        try:
            return check(actual, expected)
        except TypeError:
            return False

    return operator


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?", re.IGNORECASE)


def _instants(actual: str, expected: str) -> tuple[datetime.datetime, datetime.datetime] | None:
    """Both sides as instants when both are ISO 8601 timestamps or dates, else None.

    Timestamps compare as moments, not text: `2024-10-31T14:00:00-04:00` is 18:00 UTC. A value
    without an offset is UTC, and a date alone is its midnight UTC.
    """
    first, second = _instant(actual), _instant(expected)
    if first is None or second is None:
        return None
    return first, second


@functools.lru_cache(maxsize=4096)
def _instant(text: str) -> datetime.datetime | None:
    if not _TIMESTAMP.fullmatch(text):
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)


def _numeric_pair(actual: str, expected: str) -> tuple[Any, Any]:
    try:
        return float(actual), float(expected)
    except ValueError:
        return actual, expected


def _equal(actual: Any, expected: Any) -> bool:
    return bool(actual == expected)


@functools.lru_cache(maxsize=256)
def like_pattern(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """SQL LIKE as a regex: `%` any run of characters, `_` one character, `\\` escapes."""
    regex, escaped = "", False
    for character in pattern:
        if escaped:
            regex += re.escape(character)
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "%":
            regex += ".*"
        elif character == "_":
            regex += "."
        else:
            regex += re.escape(character)
    return re.compile(regex, re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def _like(ignore_case: bool, negate: bool = False) -> Callable[[Any, Any], bool]:
    def operator(actual: Any, value: Any) -> bool:
        if not isinstance(value, Literal):
            raise FilterError("filter", "like takes a single value")
        if actual is None or isinstance(actual, Mapping | list):
            return negate
        text = str(actual).lower() if isinstance(actual, bool) else str(actual)
        found = like_pattern(value.text, ignore_case=ignore_case).fullmatch(text) is not None
        return found != negate

    return operator


def _member(negate: bool) -> Callable[[Any, Any], bool]:
    equal = _compare(_equal)

    def operator(actual: Any, value: Any) -> bool:
        options = value if isinstance(value, tuple) else (value,)
        if options is value and isinstance(actual, str) and _instant(actual) is None:
            # A string that is no timestamp equals an option exactly when it is its text: one set
            # lookup instead of a comparison per option (reconciling a job asks `user_data in` a
            # hundred keys at a time, over every record).
            return (actual in _texts(options)) != negate
        return any(equal(actual, option) for option in options) != negate

    return operator


# By the identity of a parsed list of options (hashing a hundred of them per item would cost what the
# set saves); each entry keeps its options alive, so an id is not reused while it is cached.
_TEXTS: dict[int, tuple[tuple[Literal, ...], frozenset[str]]] = {}


def _texts(options: tuple[Literal, ...]) -> frozenset[str]:
    """What a string that is no timestamp can equal among `options`: their texts (an unquoted null is none)."""
    cached = _TEXTS.get(id(options))
    if cached is None or cached[0] is not options:
        if len(_TEXTS) >= 256:
            del _TEXTS[next(iter(_TEXTS))]
        texts = frozenset(option.text for option in options if option.quoted or option.text.lower() != "null")
        cached = _TEXTS[id(options)] = (options, texts)
    return cached[1]


OPERATORS: Mapping[str, Callable[[Any, Any], bool]] = {
    "eq": _compare(_equal),
    "ne": lambda actual, value: not _compare(_equal)(actual, value),
    "gt": _compare(lambda a, b: a > b),
    "ge": _compare(lambda a, b: a >= b),
    "lt": _compare(lambda a, b: a < b),
    "le": _compare(lambda a, b: a <= b),
    "like": _like(ignore_case=False),
    "ilike": _like(ignore_case=True),
    "notlike": _like(ignore_case=False, negate=True),
    "in": _member(negate=False),
    "notin": _member(negate=True),
}
_LIST_OPERATORS = frozenset({"in", "notin"})

_TOKEN = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\()|(\))|(,)|([^\s(),"']+))""")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: `word`, `quoted`, `(`, `)`, `,`."""
    found: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise FilterError("filter", f"cannot read the filter at {text[position:]!r}")
        double, single, opening, closing, comma, word = match.groups()
        if double is not None or single is not None:
            found.append(("quoted", re.sub(r"\\(.)", r"\1", double if double is not None else single)))
        elif opening:
            found.append(("(", "("))
        elif closing:
            found.append((")", ")"))
        elif comma:
            found.append((",", ","))
        else:
            found.append(("word", word))
        position = match.end()
    return found


def parse_filter(text: str | None) -> list[Condition]:
    """The conditions of a filter expression (all must hold)."""
    if text is None or not text.strip():
        return []
    tokens = _tokens(text)
    conditions: list[Condition] = []
    position = 0

    def take(kinds: tuple[str, ...], what: str) -> tuple[str, str]:
        nonlocal position
        if position >= len(tokens) or tokens[position][0] not in kinds:
            raise FilterError("filter", f"expected {what} in {text!r}")
        token = tokens[position]
        position += 1
        return token

    while True:
        _, field = take(("word",), "a field name")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", field):
            raise FilterError("filter", f"{field!r} is not a field name")
        _, operator = take(("word",), "an operator")
        operator = operator.lower()
        if operator not in OPERATORS:
            raise FilterError("filter", f"unknown filter operator {operator!r}; use one of {', '.join(OPERATORS)}")
        value: Literal | tuple[Literal, ...]
        if operator in _LIST_OPERATORS:
            value, position = _list_value(tokens, position, text)
        else:
            kind, raw = take(("word", "quoted"), "a value")
            value = Literal(raw, quoted=kind == "quoted")
        conditions.append(Condition(field, operator, value))
        if position >= len(tokens):
            return conditions
        kind, word = tokens[position]
        if kind != "word" or word.lower() != "and":
            raise FilterError("filter", f"conditions are joined with 'and' only, not {word!r}")
        position += 1


def _list_value(tokens: list[tuple[str, str]], position: int, text: str) -> tuple[tuple[Literal, ...], int]:
    """`(a, "b c", 'd')` or `a,b`: the values of an `in`/`notin` condition, and where they end."""
    values: list[Literal] = []
    parenthesised = position < len(tokens) and tokens[position][0] == "("
    if parenthesised:
        position += 1
    while True:
        if position >= len(tokens) or tokens[position][0] not in ("word", "quoted"):
            raise FilterError("filter", f"expected a list of values in {text!r}")
        kind, raw = tokens[position]
        values.append(Literal(raw, quoted=kind == "quoted"))
        position += 1
        if position < len(tokens) and tokens[position][0] == ",":
            position += 1
            continue
        break
    if parenthesised:
        if position >= len(tokens) or tokens[position][0] != ")":
            raise FilterError("filter", f"missing ')' in {text!r}")
        position += 1
    return tuple(values), position


def matches(item: Mapping[str, Any], conditions: Sequence[Condition]) -> bool:
    return all(condition.test(item) for condition in conditions)


@attrs.frozen
class OrderKey:
    field: str
    descending: bool = False


def parse_order(text: str | None) -> list[OrderKey] | None:
    """Sort keys from `name`, `name desc`, `name+desc`, `a asc, b desc`; None means `shuffle`."""
    if text is None or not text.strip():
        return []
    if text.strip().lower() == "shuffle":
        return None
    keys = []
    for part in text.split(","):
        words = part.replace("+", " ").split()
        if not words:
            continue
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise FilterError("order", f"cannot read the order {part.strip()!r}; use '<field> asc' or '<field> desc'")
        keys.append(OrderKey(words[0], descending=len(words) == 2 and words[1].lower() == "desc"))
    return keys


def _sort_value(value: Any) -> tuple[int, Any]:
    # None first, then booleans, numbers, timestamps (as instants), strings; anything else by its text.
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (2, value if not (isinstance(value, float) and math.isnan(value)) else 0)
    if isinstance(value, str):
        moment = _instant(value)
        return (3, moment) if moment is not None else (4, value)
    return (5, repr(value))


def sort_items(
    items: list[dict[str, Any]], keys: Sequence[OrderKey] | None, rng: random.Random | None = None
) -> list[dict[str, Any]]:
    """Items in the requested order (stable; None keys mean shuffled)."""
    if keys is None:
        shuffled = list(items)
        (rng or random.Random()).shuffle(shuffled)
        return shuffled
    ordered = list(items)
    for key in reversed(keys):
        ordered.sort(key=lambda item: _sort_value(_lookup(item, key.field.split("."))[0]), reverse=key.descending)
    return ordered


def parse_fields(text: str | None) -> list[str] | None:
    """A comma-separated field list (None when the argument was not given)."""
    if text is None:
        return None
    return [name.strip() for name in text.split(",") if name.strip()]


def apply_fields(
    item: Mapping[str, Any], include: Iterable[str] | None, exclude: Iterable[str] | None
) -> dict[str, Any]:
    """The item with only the included fields, then without the excluded ones (dots reach into objects)."""
    result: dict[str, Any] = dict(item)
    if include is not None:
        wanted = list(include)
        result = {}
        for name in wanted:
            head, _, rest = name.partition(".")
            if head not in item:
                continue
            if rest and isinstance(item[head], Mapping):
                nested = apply_fields(item[head], [rest], None)
                previous = result.get(head)
                result[head] = {**previous, **nested} if isinstance(previous, dict) else nested
            else:
                result[head] = item[head]
    for name in exclude or ():
        head, _, rest = name.partition(".")
        if rest and isinstance(result.get(head), Mapping):
            result[head] = apply_fields(result[head], None, [rest])
        else:
            result.pop(head, None)
    return result
