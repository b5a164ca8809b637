"""The fake server answers as the specs say: documented status codes, content types and bodies.

schemathesis generates valid requests for every operation of FlexML, Mediator and Conference
v2 and a slice of Core, sends them to the fake server in-process (ASGI) with valid credentials,
and checks each answer: no 5xx, a documented status, the documented content type, and a body
that validates against the response schema.

Left out of generation: `filter` and `order` (expressions in CarrierX's own grammar, which a
JSON schema cannot describe), `include_fields`/`exclude_fields` (field names), and the
`after`/`before` cursors (they must name an existing record). What the server does with bad
values of those is checked, explicitly, by the tests at the end; so is renting a number that
is not free (a generated `phonenumber` in Rent DID's body almost never is).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from carrierx_async.testing import DEFAULT_TOKEN, FakeCarrierX

from .schema_strategies import load_spec

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
LEFT_OUT = ("filter", "order", "include_fields", "exclude_fields", "after", "before")
EXAMPLES = 8  # per operation
# Core is large (199 operations, ~15 s at this depth): a slice that covers the collections
# the client's batch jobs use most, with every method.
CORE_SLICE = ("/trunk_groups", "/sms/", "/endpoints", "/phonenumber/dids", "/oauth/tokens", "/dids/")
SECTION_URLS = {"core": "/core/v2", "conference": "/conference/v1", "mediator": "/mediator/v1", "flexml": "/flexml/v1"}


def credentials(app: FakeCarrierX, section: str) -> dict[str, str]:
    if section == "core":
        return {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    endpoint = app.create_endpoint(section)
    if section == "mediator":
        for _ in range(3):  # numbers for Create Binding to redirect through (then 409s, documented)
            app.route_did(endpoint)
    properties = endpoint["properties"]
    pair = f"{properties['login']}:{properties['password']}".encode()
    return {"Authorization": "Basic " + base64.b64encode(pair).decode()}


def operations(section: str) -> Iterator[Any]:
    schema = schemathesis.openapi.from_dict(load_spec(section))
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation schemathesis cannot read fails with its reason
        operation = result.ok()
        if section != "core" or operation.path.startswith(CORE_SLICE):
            yield operation


def check_operation(operation: Any, app: FakeCarrierX, headers: dict[str, str]) -> str | None:
    """The failures schemathesis reports for one operation, or None."""

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(operation.as_strategy())
    def conforms(case: Any) -> None:
        case.headers = {**(case.headers or {}), **headers}
        for name in LEFT_OUT:
            (case.query or {}).pop(name, None)
        if operation.label == "POST /phonenumber/dids" and isinstance(case.body, dict):
            case.body.pop("phonenumber", None)  # let the server pick a free number
        response = case.call(app=app)
        case.validate_response(response, checks=CHECKS)

    try:
        conforms()
    except (AssertionError, BaseExceptionGroup) as failure:
        return f"{operation.label}: {failure}"
    return None


@pytest.mark.parametrize("section", ["flexml", "mediator", "conference_v2", "core"])
def test_the_fake_server_answers_as_its_spec_says(section: str) -> None:
    # The Mediator schemas describe the objects inside CarrierX's {"body", "status"} envelope;
    # test_every_operation checks the envelope and validates what it holds.
    app = FakeCarrierX(mediator_wrapped=False)
    headers = credentials(app, section)
    checked = list(operations(section))
    failures = [found for operation in checked if (found := check_operation(operation, app, headers))]
    print(f"{section}: {len(checked)} operations, {EXAMPLES} generated requests each, {len(failures)} nonconforming")
    assert len(checked) >= {"flexml": 15, "mediator": 16, "conference_v2": 30, "core": 40}[section]
    assert not failures, "\n\n".join(failures)


# --- what the generated requests leave out, asked explicitly ---------------------------------


def documented(section: str, method: str, path: str) -> set[str]:
    return set(load_spec(section)["paths"][path][method.lower()]["responses"])


async def answer(app: FakeCarrierX, section: str, method: str, url: str, **kwargs: Any) -> httpx.Response:
    headers = credentials(app, section)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://api.carrierx.com") as raw:
        return await raw.request(method, SECTION_URLS[section] + url, headers=headers, **kwargs)


async def test_renting_a_number_that_is_not_free_is_answered_with_a_documented_status() -> None:
    """Found by the generated requests above: Rent DID answered an undocumented 409."""
    app = FakeCarrierX()
    taken = (await answer(app, "core", "POST", "/phonenumber/dids", json={})).json()["phonenumber"]
    response = await answer(app, "core", "POST", "/phonenumber/dids", json={"phonenumber": taken})
    assert response.status_code == 409
    assert str(response.status_code) in documented("core", "POST", "/phonenumber/dids")


@pytest.mark.parametrize(
    ("section", "path", "query"),
    [
        ("core", "/trunk_groups", {"filter": "name eq"}),
        ("core", "/calls/call_drs", {"after": "no-such-record", "offset": "5"}),
        ("mediator", "/bindings", {"after": "no-such-binding"}),
    ],
    ids=["malformed filter", "cursor with offset", "unknown cursor"],
)
async def test_a_rejected_list_query_is_answered_with_a_documented_status(
    section: str, path: str, query: dict[str, str]
) -> None:
    """Found by schemathesis: list operations answered 400/404, which their specs did not document."""
    response = await answer(FakeCarrierX(), section, "GET", path, params=query)
    assert response.status_code >= 400  # it is refused: the client error is real
    assert str(response.status_code) in documented(section, "GET", path)


async def test_conference_attribute_values_come_back_as_strings() -> None:
    """Found by schemathesis: the fake echoed an integer where Conference v1 documents a string."""
    body = {"primaryDidGroupId": 1, "attributes": [{"name": "conference_exittones", "value": 5}]}
    response = await answer(FakeCarrierX(), "conference", "POST", "/meetingRooms", json=body)
    assert response.status_code == 200
    assert response.json()["attributes"][0]["value"] == "5"
