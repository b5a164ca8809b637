"""Response bodies decode to exactly what `json.loads` gives, on the fast decoder or off it."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carrierx_async.runtime import json_value

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)


@given(JSON)
def test_any_json_decodes_as_json_loads_decodes_it(value: object) -> None:
    content = json.dumps(value).encode()
    assert json_value(content) == json.loads(content)


@pytest.mark.parametrize(
    "content",
    [
        b"[18446744073709551616]",  # past 64 bits: stays an exact integer
        b"-123456789012345678901234567890",
        b'"\\ud800"',  # a lone surrogate
        b"\xef\xbb\xbf{}",  # a byte order mark
        b'{"a": 1, "a": 2}',  # the last of a repeated key
        b"1e400",
    ],
)
def test_what_the_fast_decoder_refuses_or_reads_differently_reads_as_json_does(content: bytes) -> None:
    assert json_value(content) == json.loads(content)
    assert type(json_value(content)) is type(json.loads(content))


def test_nan_reads_as_json_reads_it() -> None:
    assert math.isnan(json_value(b"NaN"))


@pytest.mark.parametrize("content", [b"", b"{", b"not json", b"\xff\xfe"])
def test_what_is_not_json_raises_value_error(content: bytes) -> None:
    with pytest.raises(ValueError):
        json_value(content)


def test_nesting_too_deep_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        json_value(b"[" * 100_000 + b"]" * 100_000)
