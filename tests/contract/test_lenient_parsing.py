"""Responses parse leniently: unknown fields kept, unknown enum values accepted, null tolerated.

Checked on every response model and every enum the generator produced, for every landed spec.
"""

from __future__ import annotations

import datetime
import enum
import importlib
from typing import Any

import pytest
from openapi_python_client.strings import ClassName

from tests.contract import support
from tests.contract.test_specs import LANDED, collect_properties, response_schema_names

# section, component name, its model, the fields its schema declares
Entry = tuple[str, str, type[support.ResponseModel], list[str]]


def response_models() -> list[Entry]:
    found = []
    for section in LANDED:
        spec = support.load_spec(support.SPECS / f"{section}.yaml")
        models = importlib.import_module(f"{support.PACKAGES[section]}.models")
        for name in sorted(response_schema_names(spec)):
            schema = spec["components"]["schemas"][name]
            fields = list(collect_properties(spec, schema))
            if schema.get("enum") or not fields:
                continue
            found.append((section, name, getattr(models, ClassName(name, "")), fields))
    return found


MODELS = response_models()
ENUMS = [
    (section, value)
    for section in LANDED
    for value in (
        getattr(models, name)
        for models in [importlib.import_module(f"{support.PACKAGES[section]}.models")]
        for name in models.__all__
    )
    if isinstance(value, type) and issubclass(value, enum.Enum)
]


def model_id(entry: Entry) -> str:
    return f"{entry[0]}.{entry[1]}"


def test_every_landed_section_has_models_and_enums() -> None:
    assert {section for section, *_ in MODELS} == set(LANDED)
    assert ENUMS


@pytest.mark.parametrize("entry", MODELS, ids=model_id)
def test_null_in_every_field_parses_and_round_trips(entry: Entry) -> None:
    _, _, model, fields = entry
    data = dict.fromkeys(fields)
    assert model.from_dict(data).to_dict() == data


@pytest.mark.parametrize("entry", MODELS, ids=model_id)
def test_unknown_fields_are_kept(entry: Entry) -> None:
    _, _, model, _ = entry
    data = {"field_carrierx_added_later": {"nested": [1, "two"]}}
    parsed = model.from_dict(data)
    assert parsed.additional_properties == data
    assert parsed.to_dict() == data


@pytest.mark.parametrize("enum_class", [value for _, value in ENUMS], ids=lambda value: value.__name__)
def test_unknown_enum_values_parse_and_keep_their_value(enum_class: type[enum.Enum]) -> None:
    unknown: Any = 987654 if issubclass(enum_class, int) else "value_carrierx_added_later"
    member = enum_class(unknown)
    assert member.value == unknown
    assert str(member) == str(unknown)
    known = next(iter(enum_class))
    assert enum_class(known.value) is known


def test_an_unknown_enum_value_inside_a_response_round_trips() -> None:
    from carrierx_flexml.models import Account, HttpMethod

    account = Account.from_dict({"account_sid": "a1", "method": "PROPFIND", "error_handler": None})
    assert isinstance(account.method, HttpMethod)
    assert account.method == "PROPFIND"
    assert account.error_handler is None
    assert account.to_dict() == {"account_sid": "a1", "method": "PROPFIND", "error_handler": None}


def test_timestamps_with_z_parse_as_utc() -> None:
    from carrierx_flexml.models import Account

    account = Account.from_dict({"date_created": "2024-10-30T20:47:32.517Z"})
    assert account.date_created == datetime.datetime(2024, 10, 30, 20, 47, 32, 517000, tzinfo=datetime.UTC)


def test_timestamps_are_written_back_as_carrierx_sent_them() -> None:
    from carrierx_flexml.models import Account

    sent = {"date_created": "2024-10-30T20:47:32.054Z"}
    assert Account.from_dict(sent).to_dict() == sent


@pytest.mark.parametrize(
    ("field", "value"),
    [("account_sid", {"nested": 1}), ("account_sid", ["a", "list"]), ("date_created", 17), ("date_created", "soon")],
)
def test_a_value_of_the_wrong_type_is_kept_aside_and_reported(
    field: str, value: object, caplog: pytest.LogCaptureFixture
) -> None:
    from carrierx_flexml.models import Account

    account = Account.from_dict({field: value})
    assert getattr(account, field) is None  # a typed field holds its type or None
    assert account.additional_properties == {field: value}  # still retrievable, as sent
    assert account.to_dict() == {field: value}
    assert f"Account.{field}" in caplog.text


def test_a_response_field_reads_as_its_type_or_none() -> None:
    from carrierx_core.models import Did

    did = Did.from_dict({"phonenumber": "15162065574"})
    if did.phonenumber is not None:  # one narrowing, as mypy --strict sees it
        assert did.phonenumber.startswith("1")
    assert Did.from_dict({}).phonenumber is None
