"""The filter, order and field-list syntax on its own (no server)."""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest

from carrierx_async.testing._filters import (
    FilterError,
    apply_fields,
    matches,
    parse_fields,
    parse_filter,
    parse_order,
    sort_items,
)

DID = {
    "phonenumber": "15162065575",
    "state": "NY",
    "name": "main office line",
    "capabilities": 31,
    "price": "0.6",
    "active": True,
    "campaign_sid": None,
    "properties": {"login": "user_1", "limits": {"cps": 5}},
    "trunks": [{"allow_transfer": False}, {"allow_transfer": True}],
}


def keep(expression: str, item: Mapping[str, object] = DID) -> bool:
    return matches(item, parse_filter(expression))


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("state eq NY", True),
        ("state eq NJ", False),
        ("state ne NJ", True),
        ("capabilities gt 30", True),
        ("capabilities gt 31", False),
        ("capabilities ge 31", True),
        ("capabilities lt 31", False),
        ("capabilities le 31", True),
        ("price gt 0.5", True),  # a number sent as a string compares as a number
        ("price lt 0.55", False),
        ("phonenumber like '%5575'", True),
        ("phonenumber like '1516%'", True),
        ("phonenumber like '%999%'", False),
        ("phonenumber like '1516206557_'", True),
        ("name like 'MAIN%'", False),
        ("name ilike 'MAIN%'", True),
        ("name notlike '%office%'", False),
        ("state in (NY, NJ)", True),
        ("state in ('NJ', \"CT\")", False),
        ("state in NJ,NY", True),
        ("state notin (NJ, CT)", True),
        ("active eq true", True),
        ("active eq false", False),
        ("campaign_sid eq null", True),
        ("campaign_sid ne null", False),
        ("campaign_sid eq 'null'", False),
        ("no_such_field eq x", False),
    ],
)
def test_operators(expression: str, expected: bool) -> None:
    assert keep(expression) is expected


def test_in_over_many_values_matches_what_comparing_each_would() -> None:
    keys = [str(number) for number in range(0, 300, 3)]
    listed = ", ".join(repr(key) for key in keys)
    assert [number for number in range(300) if keep(f"user_data in ({listed}, null)", {"user_data": str(number)})] == [
        int(key) for key in keys
    ]
    assert keep(f"user_data in ({listed}, null)", {"user_data": None})  # the unquoted null
    assert not keep(f"user_data in ({listed}, null)", {"user_data": "null"})
    assert keep(f"user_data notin ({listed})", {"user_data": "1"})
    assert not keep(f"user_data notin ({listed})", {"user_data": "3"})
    assert keep("at in ('2024-10-31T18:00:00Z', x)", {"at": "2024-10-31T14:00:00-04:00"})  # instants, still


def test_quotes_allow_spaces_and_either_quote_character() -> None:
    assert keep('name eq "main office line"')
    assert keep("name eq 'main office line'")
    assert not keep("name eq 'main office'")


def test_quotes_may_hold_the_other_quote_and_escapes() -> None:
    item = {"name": 'O\'Brien "Bob"'}
    assert keep("""name eq "O'Brien \\"Bob\\"" """, item)


def test_dot_notation_reaches_nested_objects_and_lists() -> None:
    assert keep('properties.login eq "user_1"')
    assert keep("properties.limits.cps ge 5")
    assert not keep("properties.login eq user_2")
    assert keep("trunks.allow_transfer eq true")  # any element of a list
    assert not keep("properties.missing.deeper eq x")


def test_conditions_joined_with_and_must_all_hold() -> None:
    assert keep('state eq "NY" and phonenumber like "%557%"')
    assert not keep('state eq "NY" and phonenumber like "%444%"')
    assert keep("state eq NY AND capabilities gt 1 and properties.login eq user_1")
    assert len(parse_filter("a eq 1 and b eq 2 and c eq 3")) == 3


@pytest.mark.parametrize(
    "expression",
    [
        "state eq NY or state eq NJ",  # no `or`
        "not state eq NY",
        "(state eq NY)",
        "state equals NY",
        "state eq",
        "state",
        "state eq 'unterminated",
        "state in (NY, NJ",
        "state eq NY and",
    ],
)
def test_unsupported_syntax_is_refused(expression: str) -> None:
    with pytest.raises(FilterError):
        parse_filter(expression)


def test_empty_filter_keeps_everything() -> None:
    assert parse_filter(None) == []
    assert parse_filter("  ") == []


def test_order_forms() -> None:
    assert [(key.field, key.descending) for key in parse_order("name") or []] == [("name", False)]
    assert [(key.field, key.descending) for key in parse_order("name desc") or []] == [("name", True)]
    assert [(key.field, key.descending) for key in parse_order("name+desc") or []] == [("name", True)]
    assert [(key.field, key.descending) for key in parse_order("name asc, price desc") or []] == [
        ("name", False),
        ("price", True),
    ]
    assert parse_order("shuffle") is None
    with pytest.raises(FilterError):
        parse_order("name sideways")


def test_sorting_is_stable_and_puts_nulls_first() -> None:
    items: list[dict[str, object]] = [{"n": 2, "k": "b"}, {"n": None, "k": "a"}, {"n": 1, "k": "c"}, {"n": 2, "k": "a"}]
    ordered = sort_items(items, parse_order("n asc, k desc"))
    assert [(item["n"], item["k"]) for item in ordered] == [(None, "a"), (1, "c"), (2, "b"), (2, "a")]
    assert [item["n"] for item in sort_items(items, parse_order("n desc"))] == [2, 2, 1, None]


def test_shuffle_is_reproducible_with_a_seed() -> None:
    items = [{"n": index} for index in range(20)]
    first = sort_items(items, None, random.Random(7))
    second = sort_items(items, None, random.Random(7))
    assert first == second
    assert first != items
    assert sorted(item["n"] for item in first) == list(range(20))


def test_field_lists() -> None:
    assert parse_fields("a, b,,c") == ["a", "b", "c"]
    assert parse_fields(None) is None
    assert apply_fields(DID, ["state", "properties.login"], None) == {
        "state": "NY",
        "properties": {"login": "user_1"},
    }
    trimmed = apply_fields(DID, None, ["price", "properties.limits"])
    assert "price" not in trimmed
    assert trimmed["properties"] == {"login": "user_1"}
    assert DID["price"] == "0.6"  # the stored object is untouched


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("2024-10-31T14:00:00.000Z", False),  # the same clock reading, four hours earlier
        ("2024-10-31T17:59:59.999Z", False),
        ("2024-10-31T18:00:00.000Z", True),
        ("2024-10-31T18:00:00Z", True),
        ("2024-10-31T20:00:00+02:00", True),  # 18:00 UTC written in another zone
        ("2024-10-31T19:59:59.999999+02:00", False),
        ("2024-11-01T00:00:00.000Z", True),
    ],
)
def test_timestamps_compare_as_instants(stored: str, expected: bool) -> None:
    assert keep("date_stop ge 2024-10-31T14:00:00-04:00", {"date_stop": stored}) is expected


def test_timestamps_equal_as_instants_and_dates_mean_midnight_utc() -> None:
    assert keep("date_stop eq 2024-10-31T18:00:00Z", {"date_stop": "2024-10-31T14:00:00.000-04:00"})
    assert keep("date_stop lt 2024-11-01", {"date_stop": "2024-10-31T23:59:59.999Z"})
    assert not keep("date_stop lt 2024-11-01", {"date_stop": "2024-11-01T00:00:00.000Z"})
    assert keep("date_stop ge '2024-10-31 18:00:00'", {"date_stop": "2024-10-31T18:00:00.000Z"})  # no offset: UTC


def test_ordering_by_a_timestamp_orders_instants() -> None:
    items = [
        {"at": "2024-10-31T20:00:00+02:00"},  # 18:00 UTC
        {"at": "2024-10-31T17:00:00.000Z"},
        {"at": "2024-10-31T14:30:00-04:00"},  # 18:30 UTC
    ]
    assert [item["at"][11:16] for item in sort_items(items, parse_order("at"))] == ["17:00", "20:00", "14:30"]
