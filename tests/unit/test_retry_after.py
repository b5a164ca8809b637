"""`Retry-After` in seconds or as an HTTP date."""

from __future__ import annotations

import email.utils

import pytest

from carrierx_async._retry_after import parse_retry_after


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("3", 3.0), (" 1.5 ", 1.5), ("-4", 0.0), ("soon", None)])
def test_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_http_date_is_seconds_from_now() -> None:
    now = 1_700_000_000.0
    header = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(header, now=now) == pytest.approx(30.0)


def test_http_date_in_the_past_means_no_wait() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
