"""Typed builders for CarrierX's `filter`, `order`, `include_fields` and `exclude_fields` arguments.

`where("phonenumber", "like", "1516%") & eq("state", "NY")` reads as the CarrierX text
`phonenumber like "1516%" and state eq "NY"`; `asc("name") + desc("date_created")` and
`fields("did_sid", "phonenumber")` do the same for `order` and the field lists.

Field names are typed: each builder keeps the literal name it was given (`Filter[Literal["state"]]`),
so a list method whose argument is `Filter[DidField]` (a `Literal` of the model's field names)
makes a misspelt name a mypy error, and `check_fields` catches it at run time for callers that
skip the type checker. Nested fields (`addresses.ip`) go through `where_nested`, which types only
the root field: CarrierX says only some nested fields can be filtered on, and which ones is not
part of any model.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Generic, Literal, Never, TypeAlias, TypeVar, overload

import attrs

__all__ = [
    "OPERATORS",
    "SHUFFLE",
    "ComparisonOperator",
    "Fields",
    "Filter",
    "ListOperator",
    "Operator",
    "Order",
    "PatternOperator",
    "Scalar",
    "asc",
    "check_fields",
    "desc",
    "eq",
    "fields",
    "ge",
    "gt",
    "ilike",
    "in_",
    "le",
    "like",
    "lt",
    "ne",
    "notin",
    "notlike",
    "where",
    "where_nested",
]

# The operators. CarrierX's docs (the "Result and Field Filtering" pages) show `eq`, `gt` and
# `like` in their examples; the operator table itself was not in the stored pages. `ne`, `ge`,
# `lt`, `le`, `ilike`, `notlike`, `in` and `notin` are the set the project's fake server
# implements (carrierx_async/testing/_filters.py) and are NOT confirmed by the docs. The list
# syntax of `in`/`notin`, `("a", "b")`, is likewise the fake server's.
ComparisonOperator: TypeAlias = Literal["eq", "ne", "gt", "ge", "lt", "le"]
PatternOperator: TypeAlias = Literal["like", "ilike", "notlike"]
ListOperator: TypeAlias = Literal["in", "notin"]
Operator: TypeAlias = ComparisonOperator | PatternOperator | ListOperator
OPERATORS: frozenset[str] = frozenset({"eq", "ne", "gt", "ge", "lt", "le", "like", "ilike", "notlike", "in", "notin"})
_PATTERN_OPERATORS = frozenset({"like", "ilike", "notlike"})
_LIST_OPERATORS = frozenset({"in", "notin"})

Scalar: TypeAlias = str | int | float | Decimal | bool | datetime.date | enum.Enum
"""A value a condition compares with (`datetime.datetime` is a `datetime.date`)."""

FieldT = TypeVar("FieldT", bound=str, covariant=True)
# mypy infers a literal type for a string argument only when the type variable's bound mentions
# a Literal; `str | Literal[""]` is just `str` otherwise. This is what makes `where("state", ...)`
# a `Filter[Literal["state"]]` rather than a `Filter[str]`, so a filter built apart from the call
# (in a variable, or joined with `&`) still meets a `Filter[DidField]` argument. Checked with
# mypy only.
_Name = TypeVar("_Name", bound=str | Literal[""])
_Other = TypeVar("_Other", bound=str | Literal[""])

_FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def _root(name: str) -> str:
    return name.partition(".")[0]


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise TypeError(f"a field name is a str, not {type(name).__name__}")
    if not _FIELD.fullmatch(name):
        raise ValueError(f"{name!r} is not a field name (letters, digits and '_', parts joined by '.')")
    return name


@attrs.frozen
class _Condition:
    field: str
    operator: str
    value: str

    def __str__(self) -> str:
        return f"{self.field} {self.operator} {self.value}"


@attrs.frozen
class Filter(Generic[FieldT]):
    """Conditions that must all hold; `a & b` joins two filters, `str()` gives CarrierX's text."""

    conditions: tuple[_Condition, ...]

    def __and__(self, other: Filter[_Other]) -> Filter[FieldT | _Other]:
        if not isinstance(other, Filter):
            return NotImplemented
        return Filter(self.conditions + other.conditions)

    def __str__(self) -> str:
        return " and ".join(str(condition) for condition in self.conditions)

    @property
    def fields(self) -> tuple[str, ...]:
        """The root field names used (`addresses` for `addresses.ip`), first use first."""
        return _unique([_root(condition.field) for condition in self.conditions])


@overload
def where(field: _Name, operator: ComparisonOperator, value: Scalar) -> Filter[_Name]: ...
@overload
def where(field: _Name, operator: PatternOperator, value: str) -> Filter[_Name]: ...
@overload
def where(field: _Name, operator: ListOperator, value: Sequence[Scalar]) -> Filter[_Name]: ...
def where(field: _Name, operator: Operator, value: Scalar | Sequence[Scalar]) -> Filter[_Name]:
    """One condition, `<field> <operator> <value>`.

    Strings are quoted (double quotes, or single ones when the value holds a double quote);
    numbers and booleans are not. Datetimes must be timezone-aware and are sent in UTC to the
    millisecond, as CarrierX writes its timestamps (`2024-10-30T20:47:32.517Z`); dates as
    `YYYY-MM-DD`; enums as their value. `in`/`notin` take a list or tuple, `like`, `ilike` and
    `notlike` a string pattern (`%` any run of characters, `_` one character).

    `field` is a top-level field. A dotted name is accepted at run time, but its literal type
    matches no model's field names; `where_nested` types a nested field by its root instead.

    Raises:
        TypeError: a value of the wrong kind (None, a list for a single-value operator, ...).
        ValueError: a value CarrierX's syntax cannot carry: both quote characters, a backslash
            (no escape character is documented), a naive datetime, NaN, an empty list.
    """
    return Filter((_condition(_check_name(field), operator, value),))


@overload
def where_nested(root: _Name, path: str, operator: ComparisonOperator, value: Scalar) -> Filter[_Name]: ...
@overload
def where_nested(root: _Name, path: str, operator: PatternOperator, value: str) -> Filter[_Name]: ...
@overload
def where_nested(root: _Name, path: str, operator: ListOperator, value: Sequence[Scalar]) -> Filter[_Name]: ...
def where_nested(root: _Name, path: str, operator: Operator, value: Scalar | Sequence[Scalar]) -> Filter[_Name]:
    """A condition on a nested field, `root.path`: `where_nested("addresses", "ip", "eq", "10.1.1.1")`.

    Only `root` is typed (and checked by `check_fields`); the path below it is sent as given,
    because models do not say which nested fields CarrierX can filter on.
    """
    if "." in _check_name(root):
        raise ValueError(f"the root {root!r} is one field name; put the rest of the path in `path`")
    field = f"{root}.{_check_name(path)}"
    return Filter((_condition(field, operator, value),))


def eq(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field eq value`."""
    return where(field, "eq", value)


def ne(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field ne value`."""
    return where(field, "ne", value)


def gt(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field gt value`."""
    return where(field, "gt", value)


def ge(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field ge value`."""
    return where(field, "ge", value)


def lt(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field lt value`."""
    return where(field, "lt", value)


def le(field: _Name, value: Scalar) -> Filter[_Name]:
    """`field le value`."""
    return where(field, "le", value)


def like(field: _Name, pattern: str) -> Filter[_Name]:
    """`field like pattern`, case-sensitive."""
    return where(field, "like", pattern)


def ilike(field: _Name, pattern: str) -> Filter[_Name]:
    """`field ilike pattern`, case-insensitive."""
    return where(field, "ilike", pattern)


def notlike(field: _Name, pattern: str) -> Filter[_Name]:
    """`field notlike pattern`."""
    return where(field, "notlike", pattern)


def in_(field: _Name, values: Sequence[Scalar]) -> Filter[_Name]:
    """`field in (values)`."""
    return where(field, "in", values)


def notin(field: _Name, values: Sequence[Scalar]) -> Filter[_Name]:
    """`field notin (values)`."""
    return where(field, "notin", values)


def _condition(field: str, operator: str, value: object) -> _Condition:
    if operator not in OPERATORS:
        raise ValueError(f"unknown filter operator {operator!r}; use one of {', '.join(sorted(OPERATORS))}")
    if operator in _LIST_OPERATORS:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise TypeError(f"{operator} takes a list or tuple of values, not {type(value).__name__}")
        if not value:
            raise ValueError(f"{operator} needs at least one value")
        return _Condition(field, operator, "(" + ", ".join(_format(item) for item in value) + ")")
    if isinstance(value, list | tuple):
        raise TypeError(f"only in and notin take a list of values; {operator} takes one value")
    if operator in _PATTERN_OPERATORS and not isinstance(value, str):
        raise TypeError(f"{operator} takes a string pattern, not {type(value).__name__}")
    return _Condition(field, operator, _format(value))


def _format(value: object) -> str:
    """One value as CarrierX filter text."""
    if isinstance(value, enum.Enum):
        return _format(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise ValueError(f"{value!r} cannot be sent in a filter")
        # Plain notation: whether CarrierX reads `1e-07` is not documented.
        return format(number, "f")
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ValueError(f"{value!r} has no timezone; give an aware datetime (for example tzinfo=datetime.UTC)")
        utc = value.astimezone(datetime.UTC)
        return _quote(utc.strftime("%Y-%m-%dT%H:%M:%S") + f".{utc.microsecond // 1000:03d}Z")
    if isinstance(value, datetime.date):
        return _quote(value.isoformat())
    if isinstance(value, str):
        return _quote(value)
    raise TypeError(f"a filter value is a str, number, bool, date, datetime or enum, not {type(value).__name__}")


def _quote(text: str) -> str:
    if "\\" in text:
        # The fake server reads a backslash as an escape; CarrierX documents none.
        raise ValueError(f"{text!r} holds a backslash, whose meaning in a filter is not documented")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    raise ValueError(f"{text!r} holds both quote characters; CarrierX documents no way to escape them")


@attrs.frozen
class _OrderKey:
    field: str
    direction: Literal["asc", "desc"]


@attrs.frozen
class Order(Generic[FieldT]):
    """Sort keys, most significant first; `a + b` appends b's keys, `str()` gives CarrierX's text.

    Several keys are joined with `,` as the fake server reads them; CarrierX's docs show one key.
    """

    keys: tuple[_OrderKey, ...]
    shuffle: bool = False

    def __add__(self, other: Order[_Other]) -> Order[FieldT | _Other]:
        if not isinstance(other, Order):
            return NotImplemented
        if self.shuffle or other.shuffle:
            raise ValueError("shuffle is a whole order on its own; it cannot be combined with sort keys")
        return Order(self.keys + other.keys)

    def __str__(self) -> str:
        if self.shuffle:
            return "shuffle"
        return ",".join(f"{key.field} {key.direction}" for key in self.keys)

    @property
    def fields(self) -> tuple[str, ...]:
        """The root field names sorted on."""
        return _unique([_root(key.field) for key in self.keys])


SHUFFLE: Order[Never] = Order((), shuffle=True)
"""`order=shuffle`: records in random order."""


def asc(field: _Name) -> Order[_Name]:
    """Sort by `field`, smallest first."""
    return Order((_OrderKey(_check_name(field), "asc"),))


def desc(field: _Name) -> Order[_Name]:
    """Sort by `field`, largest first."""
    return Order((_OrderKey(_check_name(field), "desc"),))


@attrs.frozen
class Fields(Generic[FieldT]):
    """Field names for `include_fields` or `exclude_fields`; `str()` joins them with commas."""

    names: tuple[str, ...]

    def __str__(self) -> str:
        return ",".join(self.names)

    @property
    def fields(self) -> tuple[str, ...]:
        """The root field names listed."""
        return _unique([_root(name) for name in self.names])


# One type variable per name up to six: mypy would join several literals in one variable into
# `str`. Longer lists are still checked when passed straight to a typed argument.
_N1 = TypeVar("_N1", bound=str | Literal[""])
_N2 = TypeVar("_N2", bound=str | Literal[""])
_N3 = TypeVar("_N3", bound=str | Literal[""])
_N4 = TypeVar("_N4", bound=str | Literal[""])
_N5 = TypeVar("_N5", bound=str | Literal[""])
_N6 = TypeVar("_N6", bound=str | Literal[""])


@overload
def fields(a: _N1, /) -> Fields[_N1]: ...
@overload
def fields(a: _N1, b: _N2, /) -> Fields[_N1 | _N2]: ...
@overload
def fields(a: _N1, b: _N2, c: _N3, /) -> Fields[_N1 | _N2 | _N3]: ...
@overload
def fields(a: _N1, b: _N2, c: _N3, d: _N4, /) -> Fields[_N1 | _N2 | _N3 | _N4]: ...
@overload
def fields(a: _N1, b: _N2, c: _N3, d: _N4, e: _N5, /) -> Fields[_N1 | _N2 | _N3 | _N4 | _N5]: ...
@overload
def fields(a: _N1, b: _N2, c: _N3, d: _N4, e: _N5, f: _N6, /) -> Fields[_N1 | _N2 | _N3 | _N4 | _N5 | _N6]: ...
@overload
def fields(*names: _Name) -> Fields[_Name]: ...
def fields(*names: str) -> Fields[str]:
    """`fields("did_sid", "phonenumber")` for `include_fields` or `exclude_fields`."""
    if not names:
        raise ValueError("fields() needs at least one field name")
    return Fields(_unique([_check_name(name) for name in names]))


def check_fields(value: object, known: frozenset[str], where: str) -> None:
    """Raise ValueError if a Filter, Order or Fields uses a root field not in `known`.

    Args:
        value: the argument as the caller gave it; raw strings (and anything else) pass unchecked.
        known: the model's field names.
        where: what to name in the message, for example `"dids.list(filter=...)"`.
    """
    if not isinstance(value, Filter | Order | Fields):
        return
    for name in value.fields:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known fields: {', '.join(sorted(known))}"
            raise ValueError(f"{where}: unknown field {name!r}{hint}")
