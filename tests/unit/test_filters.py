"""The filter, order and field-list builders: their text, their refusals, and their field typing."""

from __future__ import annotations

import datetime
import enum
import re
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import mypy.api
import pytest

from carrierx_async.filters import (
    SHUFFLE,
    Filter,
    asc,
    check_fields,
    desc,
    eq,
    fields,
    ge,
    gt,
    ilike,
    in_,
    le,
    like,
    lt,
    ne,
    notin,
    notlike,
    where,
    where_nested,
)
from carrierx_async.testing._filters import (
    apply_fields,
    matches,
    parse_fields,
    parse_filter,
    parse_order,
    sort_items,
)

ROOT = Path(__file__).resolve().parents[2]


class Status(enum.Enum):
    ASSIGNED = "assigned"


class Capability(enum.IntEnum):
    SMS = 4


@pytest.mark.parametrize(
    ("built", "text"),
    [
        (eq("state", "NY"), 'state eq "NY"'),
        (ne("state", "NY"), 'state ne "NY"'),
        (gt("capabilities", 30), "capabilities gt 30"),
        (ge("capabilities", 31), "capabilities ge 31"),
        (lt("price", 0.55), "price lt 0.55"),
        (le("price", Decimal("0.60")), "price le 0.60"),
        (like("phonenumber", "1516%"), 'phonenumber like "1516%"'),
        (ilike("name", "main%"), 'name ilike "main%"'),
        (notlike("name", "%office%"), 'name notlike "%office%"'),
        (in_("state", ["NY", "NJ"]), 'state in ("NY", "NJ")'),
        (notin("capabilities", (1, 2)), "capabilities notin (1, 2)"),
        (where("state", "eq", "NY"), 'state eq "NY"'),
        (where("state", "in", ["NY"]), 'state in ("NY")'),
    ],
)
def test_every_operator_has_its_carrierx_text(built: Filter[str], text: str) -> None:
    assert str(built) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("main office line", '"main office line"'),
        ("", '""'),
        ("null", '"null"'),  # quoted, so it is the string and not a missing value
        ('say "hi"', "'say \"hi\"'"),
        ("O'Brien", '"O\'Brien"'),
        (7, "7"),
        (-3, "-3"),
        (1.5, "1.5"),
        (1e-7, "0.0000001"),
        (1e16, "10000000000000000"),
        (Decimal("12.50"), "12.50"),
        (True, "true"),
        (False, "false"),
        (datetime.date(2024, 10, 30), '"2024-10-30"'),
        (datetime.datetime(2024, 10, 30, 20, 47, 32, 517999, tzinfo=datetime.UTC), '"2024-10-30T20:47:32.517Z"'),
        (
            datetime.datetime(2024, 10, 30, 22, 47, 32, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
            '"2024-10-30T20:47:32.000Z"',
        ),
        (Status.ASSIGNED, '"assigned"'),
        (Capability.SMS, "4"),
    ],
)
def test_each_value_kind_is_formatted(value: Any, text: str) -> None:
    assert str(where("field", "eq", value)) == f"field eq {text}"


def test_conditions_join_with_and_in_order() -> None:
    built = eq("state", "NY") & like("phonenumber", "%555%") & gt("maximum_ttl", 40000)
    assert str(built) == 'state eq "NY" and phonenumber like "%555%" and maximum_ttl gt 40000'


def test_filters_are_immutable_values() -> None:
    first = eq("state", "NY")
    combined = first & eq("active", True)
    assert str(first) == 'state eq "NY"'
    assert combined == eq("state", "NY") & eq("active", True)
    with pytest.raises(AttributeError):
        first.conditions = ()  # type: ignore[misc]


def test_nested_fields_join_root_and_path() -> None:
    built = where_nested("addresses", "ip", "eq", "1.1.2.13") & where_nested("properties", "limits.cps", "gt", 4)
    assert str(built) == 'addresses.ip eq "1.1.2.13" and properties.limits.cps gt 4'
    assert built.fields == ("addresses", "properties")


def test_fields_lists_root_names_once() -> None:
    built = eq("state", "NY") & where("addresses.ip", "eq", "1") & ne("state", "NJ")
    assert built.fields == ("state", "addresses")


@pytest.mark.parametrize(
    ("build", "arguments", "error", "message"),
    [
        (eq, ("name", "both \" and '"), ValueError, "both quote characters"),
        (eq, ("name", "back\\slash"), ValueError, "backslash"),
        (eq, ("date_created", datetime.datetime(2024, 1, 1)), ValueError, "no timezone"),
        (gt, ("price", float("nan")), ValueError, "cannot be sent"),
        (gt, ("price", Decimal("Infinity")), ValueError, "cannot be sent"),
        (eq, ("state", None), TypeError, "not NoneType"),
        (eq, ("state", {"a": 1}), TypeError, "not dict"),
        (where, ("state", "eq", ["NY"]), TypeError, "only in and notin take a list"),
        (where, ("state", "in", "NY"), TypeError, "in takes a list or tuple of values, not str"),
        (in_, ("state", []), ValueError, "at least one value"),
        (in_, ("state", [None]), TypeError, "not NoneType"),
        (where, ("state", "like", 5), TypeError, "like takes a string pattern"),
        (where, ("state", "contains", "x"), ValueError, "unknown filter operator 'contains'"),
        (eq, ("state or 1", "x"), ValueError, "not a field name"),
        (eq, ("", "x"), ValueError, "not a field name"),
        (eq, (7, "x"), TypeError, "a field name is a str"),
        (where_nested, ("addresses", ".ip", "eq", "x"), ValueError, "not a field name"),
        (where_nested, ("properties.limits", "cps", "eq", 1), ValueError, "one field name"),
        (asc, ("name desc",), ValueError, "not a field name"),
        (fields, (), ValueError, "at least one field name"),
        (fields, ("a,b",), ValueError, "not a field name"),
        (lambda: SHUFFLE + asc("name"), (), ValueError, "shuffle"),
    ],
)
def test_refusals_say_why(build: Any, arguments: tuple[Any, ...], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        build(*arguments)


def test_and_with_a_raw_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        eq("state", "NY") & 'name eq "x"'  # type: ignore[operator]


def test_order_text() -> None:
    assert str(asc("name")) == "name asc"
    assert str(desc("date_created")) == "date_created desc"
    combined = asc("name") + desc("date_created") + asc("addresses.ip")
    assert str(combined) == "name asc,date_created desc,addresses.ip asc"
    assert combined.fields == ("name", "date_created", "addresses")
    assert str(SHUFFLE) == "shuffle"
    assert SHUFFLE.fields == ()


def test_field_lists_are_comma_joined_without_repeats() -> None:
    assert str(fields("did_sid", "phonenumber", "did_sid")) == "did_sid,phonenumber"
    assert str(fields("properties.login")) == "properties.login"
    assert fields("properties.login", "properties.password").fields == ("properties",)


KNOWN = frozenset({"did_sid", "phonenumber", "state", "addresses"})


@pytest.mark.parametrize(
    "value",
    [
        eq("state", "NY") & where_nested("addresses", "ip", "eq", "1"),
        asc("phonenumber") + desc("did_sid"),
        SHUFFLE,
        fields("did_sid", "phonenumber"),
        "phonenumbr like '1%'",  # raw strings are the caller's business
        None,
    ],
)
def test_check_fields_accepts_known_fields_and_raw_strings(value: object) -> None:
    check_fields(value, KNOWN, "dids.list(filter=...)")


@pytest.mark.parametrize(
    "value",
    [
        eq("state", "NY") & like("phonenumbr", "1%"),
        asc("state") + desc("phonenumbr"),
        fields("did_sid", "phonenumbr"),
    ],
)
def test_check_fields_names_the_unknown_field_and_the_closest_known_one(value: object) -> None:
    message = "dids.list(filter=...): unknown field 'phonenumbr'; did you mean 'phonenumber'?"
    with pytest.raises(ValueError, match=re.escape(message)):
        check_fields(value, KNOWN, "dids.list(filter=...)")


def test_check_fields_lists_the_known_fields_when_nothing_is_close() -> None:
    with pytest.raises(ValueError, match="unknown field 'zzz'; known fields: addresses, did_sid, phonenumber, state"):
        check_fields(eq("zzz", 1), KNOWN, "dids.list")


DIDS: list[dict[str, Any]] = [
    {
        "did_sid": "a",
        "phonenumber": "15162065575",
        "state": "NY",
        "name": "Main office line",
        "capabilities": 31,
        "price": "0.6",
        "active": True,
        "status": "assigned",
        "date_created": "2024-10-30T20:47:32.517Z",
        "addresses": [{"ip": "1.1.2.13"}],
    },
    {
        "did_sid": "b",
        "phonenumber": "12125550100",
        "state": "NJ",
        "name": "O'Brien's \"desk\"",
        "capabilities": 4,
        "price": "1.25",
        "active": False,
        "status": "available",
        "date_created": "2024-11-02T08:00:00.000Z",
        "addresses": [{"ip": "10.0.0.1"}],
    },
    {
        "did_sid": "c",
        "phonenumber": "15165550199",
        "state": "CT",
        "name": "back room",
        "capabilities": 7,
        "price": "0.6",
        "active": True,
        "status": "assigned",
        "date_created": "2025-01-01T00:00:00.000Z",
        "addresses": [],
    },
]


def selected(built: Filter[str]) -> list[str]:
    conditions = parse_filter(str(built))
    return [item["did_sid"] for item in DIDS if matches(item, conditions)]


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (eq("state", "NY"), ["a"]),
        (ne("state", "NY"), ["b", "c"]),
        (gt("capabilities", 4), ["a", "c"]),
        (ge("capabilities", 7), ["a", "c"]),
        (lt("price", 1), ["a", "c"]),
        (le("price", Decimal("1.25")), ["a", "b", "c"]),
        (like("phonenumber", "1516%"), ["a", "c"]),
        (like("name", "main%"), []),
        (ilike("name", "main%"), ["a"]),
        (notlike("name", "%room"), ["a", "b"]),
        (in_("state", ["NY", "CT"]), ["a", "c"]),
        (notin("capabilities", [4, 7]), ["a"]),
        (eq("active", False), ["b"]),
        (eq("status", Status.ASSIGNED) & eq("active", True) & like("phonenumber", "1516%"), ["a", "c"]),
        (eq("name", "O'Brien's \"desk\"".replace('"', "")), []),
        (eq("name", "Main office line"), ["a"]),
        (like("name", "O'Brien%"), ["b"]),
        (like("name", '%"desk"'), ["b"]),
        (gt("date_created", datetime.datetime(2024, 11, 1, tzinfo=datetime.UTC)), ["b", "c"]),
        (lt("date_created", datetime.date(2024, 11, 1)), ["a"]),
        (where_nested("addresses", "ip", "eq", "10.0.0.1"), ["b"]),
    ],
)
def test_the_fake_server_reads_the_text_and_selects_the_right_items(built: Filter[str], expected: list[str]) -> None:
    assert selected(built) == expected


def test_the_fake_server_reads_orders_and_field_lists() -> None:
    ordered = sort_items(list(DIDS), parse_order(str(desc("price") + asc("capabilities"))))
    assert [item["did_sid"] for item in ordered] == ["b", "c", "a"]
    assert parse_order(str(SHUFFLE)) is None
    include = parse_fields(str(fields("did_sid", "state")))
    assert [apply_fields(item, include, None) for item in DIDS[:1]] == [{"did_sid": "a", "state": "NY"}]


GENERATED = """\
from typing import Literal

from carrierx_async.filters import Fields, Filter, Order

DidField = Literal["did_sid", "phonenumber", "state", "date_created", "addresses"]


def list_dids(
    filter_: str | Filter[DidField] | None = None,
    order: str | Order[DidField] | None = None,
    include_fields: str | Fields[DidField] | None = None,
) -> None: ...
"""


def run_mypy(tmp_path: Path, name: str, body: str) -> tuple[str, int]:
    (tmp_path / "generated_dids.py").write_text(GENERATED)
    module = tmp_path / f"{name}.py"
    module.write_text(textwrap.dedent(body))
    out, err, status = mypy.api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--strict", "--no-error-summary", str(module)]
    )
    return out + err, status


def test_a_correct_use_type_checks(tmp_path: Path) -> None:
    report, status = run_mypy(
        tmp_path,
        "good",
        """\
        from typing import Literal, assert_type

        from carrierx_async.filters import (
            SHUFFLE, Filter, asc, desc, eq, fields, in_, like, where, where_nested,
        )
        from generated_dids import list_dids

        assert_type(where("phonenumber", "like", "1516%"), Filter[Literal["phonenumber"]])
        kept = eq("state", "NY") & in_("did_sid", ["a", "b"])
        by = asc("state") + desc("date_created")
        wanted = fields("did_sid", "phonenumber")
        list_dids(filter_=kept, order=by, include_fields=wanted)
        list_dids(filter_=like("phonenumber", "1516%") & where_nested("addresses", "ip", "eq", "1.1.2.13"))
        list_dids(filter_='state eq "NY"', order=SHUFFLE)
        """,
    )
    assert status == 0, report


def test_a_misspelt_field_is_a_type_error(tmp_path: Path) -> None:
    report, status = run_mypy(
        tmp_path,
        "bad",
        """\
        from carrierx_async.filters import asc, eq, fields, where
        from generated_dids import list_dids

        kept = where("phonenumbr", "like", "1516%")
        list_dids(filter_=kept)
        list_dids(filter_=eq("state", "NY") & eq("stat", "NY"))
        list_dids(order=asc("date_creatd"))
        list_dids(include_fields=fields("did_sid", "phonenumbr"))
        list_dids(filter_=where("state", "like", 5))
        """,
    )
    assert status == 1, report
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert len(errors) == 5, report
    assert (
        'bad.py:5: error: Argument "filter_" to "list_dids" has incompatible type "Filter[Literal[\'phonenumbr\']]"'
        in report
    )
    assert 'bad.py:6: error: Argument 1 to "eq" has incompatible type "Literal[\'stat\']"' in report
    assert 'bad.py:7: error: Argument 1 to "asc" has incompatible type "Literal[\'date_creatd\']"' in report
    assert 'bad.py:8: error: Argument 2 to "fields" has incompatible type "Literal[\'phonenumbr\']"' in report
    assert 'bad.py:9: error: No overload variant of "where" matches' in report
