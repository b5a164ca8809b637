"""CarrierX's documented response samples validate against the specs and round-trip the models."""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract import support
from tests.contract.test_specs import LANDED

SAMPLES = [sample for section in LANDED for sample in support.load_samples(section)]


def operation_of(sample: support.Sample) -> tuple[dict[str, Any], support.Operation]:
    spec = support.load_spec(support.SPECS / f"{sample.section}.yaml")
    by_id = {operation.operation_id: operation for operation in support.operations(spec)}
    assert sample.operation_id in by_id, f"{sample.path.name} names an unknown operation"
    return spec, by_id[sample.operation_id]


def body_of(sample: support.Sample) -> object:
    return support.unwrap_mediator(sample.body) if sample.section == "mediator" else sample.body


def sample_id(sample: support.Sample) -> str:
    return f"{sample.section}/{sample.path.stem}"


@pytest.mark.parametrize("section", ["flexml", "mediator"])
def test_sections_have_samples(section: str) -> None:
    assert support.load_samples(section)


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_id)
def test_sample_validates_against_the_spec(sample: support.Sample) -> None:
    spec, operation = operation_of(sample)
    schema = support.response_schema(spec, operation, sample.status)
    assert schema is not None, f"{operation.operation_id} documents no JSON response {sample.status}"
    assert support.schema_errors(spec, schema, body_of(sample)) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_id)
def test_sample_round_trips_through_the_generated_model(sample: support.Sample) -> None:
    _, operation = operation_of(sample)
    body = body_of(sample)
    # Mediator's samples keep their documented {"body", "status"} wrapper: the parser opens it.
    model = support.parse_with_generated(support.PACKAGES[sample.section], operation, sample.status, sample.body)
    assert model is not None
    assert support.round_trip_differences(body, support.as_data(model)) == []
    assert support.as_data(model) == body  # exactly what CarrierX sent, timestamps' text included
