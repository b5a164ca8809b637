"""Status codes map to one exception tree that carries CarrierX's error body."""

from __future__ import annotations

import httpx
import pytest

from carrierx_async import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorBody,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from carrierx_async._errors import RawResponse, status_error_class

WHERE = {"method": "PATCH", "url": "https://user:secret@api.carrierx.com/core/v2/dids/abc"}


def response(status: int, json: object = None, headers: dict[str, str] | None = None) -> RawResponse:
    answer = httpx.Response(status, json=json, headers=headers)
    return RawResponse(answer.status_code, answer.headers, answer.content, answer.reason_phrase)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_has_its_class(status: int, expected: type[APIStatusError]) -> None:
    assert status_error_class(status) is expected


def test_validation_error_carries_the_field_errors() -> None:
    body = {
        "message": "object validation error",
        "errors": [{"field": "phonenumber", "message": "this phonenumber already exists", "reference_sid": "940f"}],
    }
    error = UnprocessableEntityError(response=response(422, body), **WHERE, operation="update_did")
    assert error.status_code == 422
    assert error.body == ErrorBody(
        "object validation error", (FieldError("phonenumber", "this phonenumber already exists", "940f"),)
    )
    assert error.errors[0].field == "phonenumber"
    assert error.operation == "update_did"
    assert error.method == "PATCH"
    assert "phonenumber: this phonenumber already exists" in str(error)
    assert str(error).startswith("update_did: 422")


def test_url_in_errors_has_no_credentials() -> None:
    error = NotFoundError(response=response(404, {"message": "not found"}), **WHERE)
    assert "secret" not in str(error)
    assert "secret" not in error.url
    assert error.url == "https://api.carrierx.com/core/v2/dids/abc"


def test_permission_error_names_the_scopes_the_operation_needs() -> None:
    error = PermissionDeniedError(
        response=response(403, {"message": "forbidden"}), **WHERE, required_scopes=("dids.manage", "dids.update")
    )
    assert error.required_scopes == ("dids.manage", "dids.update")
    assert "dids.manage, dids.update" in str(error)


def test_rate_limit_error_reads_retry_after() -> None:
    error = RateLimitError(response=response(429, {"message": "slow down"}, {"Retry-After": "7"}), **WHERE)
    assert error.retry_after == 7.0


def test_request_id_is_kept() -> None:
    error = InternalServerError(response=response(502, None, {"X-Request-Id": "req-42"}), **WHERE)
    assert error.request_id == "req-42"
    assert "req-42" in str(error)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", None),
        (b"<html>Bad gateway</html>", None),
        (b"[1, 2]", None),
        (b'{"message": "nope"}', ErrorBody("nope")),
        (b'{"body": {"message": "wrapped"}, "status": 409}', ErrorBody("wrapped")),
        (b'{"errors": [{"field": "x", "message": "bad"}, "junk"]}', ErrorBody(None, (FieldError("x", "bad"),))),
    ],
)
def test_error_body_is_read_leniently(content: bytes, expected: ErrorBody | None) -> None:
    assert ErrorBody.from_content(content) == expected
