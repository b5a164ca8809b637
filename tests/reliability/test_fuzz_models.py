"""Property-based: every response the specs allow parses through the generated models and round-trips.

For each section, the component schemas reachable from a 2xx JSON response that have a model
(`<package>.models.<ClassName>`). Instances come from `schema_strategies` (checked against the
spec with a JSON Schema validator first, so a wrong strategy cannot pass for a parser bug);
each must parse with `from_dict`, and `to_dict()` must give the same data back, timestamps
compared as instants.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from openapi_python_client.strings import ClassName
from openapi_schema_validator import OAS31Validator

from carrierx_async._sections import BY_NAME
from tests.contract.support import ResponseModel, round_trip_differences

from .schema_strategies import SECTIONS, StrategyBuilder, load_spec, response_components

SECTION_PACKAGES = {name: section.package for name, section in BY_NAME.items()}

# Examples per response model: every reachable model is exercised, cheaply enough for CI.
EXAMPLES = 6


def models_of(section: str) -> dict[str, type[ResponseModel]]:
    """Component name → generated model class, for the section's reachable response objects."""
    spec = load_spec(section)
    module = importlib.import_module(f"{SECTION_PACKAGES[section]}.models")
    found: dict[str, type[ResponseModel]] = {}
    for name in response_components(section):
        schema = spec["components"]["schemas"][name]
        model = getattr(module, ClassName(name, ""), None)
        if "enum" not in schema and isinstance(model, type) and hasattr(model, "from_dict"):
            found[name] = cast("type[ResponseModel]", model)  # a generated model class: it has from_dict
    return found


@functools.cache
def validator(section: str, name: str) -> OAS31Validator:
    spec = load_spec(section)
    return OAS31Validator({"$ref": f"#/components/schemas/{name}", "components": spec["components"]})


def test_every_reachable_response_object_has_a_model() -> None:
    for section in SECTIONS:
        spec = load_spec(section)
        objects = [name for name in response_components(section) if "enum" not in spec["components"]["schemas"][name]]
        missing = sorted(set(objects) - set(models_of(section)))
        assert not missing, f"{section}: no generated model for {missing}"


def check_model(section: str, name: str, model: type[ResponseModel], builder: StrategyBuilder) -> int:
    """Run EXAMPLES generated responses of one component through its model; the number run."""
    ran = 0

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,  # the same examples on every run: a CI failure reproduces
        suppress_health_check=list(HealthCheck),
    )
    @given(builder.component(name))
    def parses(instance: Any) -> None:
        nonlocal ran
        ran += 1
        invalid = [error.message for error in validator(section, name).iter_errors(instance)]
        assert not invalid, f"the strategy made an invalid {name}: {invalid[:3]}"
        parsed = model.from_dict(instance)
        assert round_trip_differences(instance, parsed.to_dict()) == [], name

    parses()
    return ran


@pytest.mark.parametrize("section", SECTIONS)
def test_generated_responses_parse_and_round_trip(section: str) -> None:
    builder = StrategyBuilder(section)
    models = models_of(section)
    examples = sum(check_model(section, name, model, builder) for name, model in sorted(models.items()))
    print(f"{section}: {len(models)} response models, {examples} generated responses parsed and round-tripped")
    assert examples >= 3 * len(models)
