"""Reading a response body as JSON, whatever the bytes hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


class UnexpectedStatus(Exception):
    """The answer's status is not one the operation documents."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        preview = content[:200].decode("utf-8", "replace")
        super().__init__(f"unexpected status {status_code}: {preview!r}")


def _first_decode(content: bytes) -> Any:
    """Import msgspec when the first body arrives (`import carrierx_async` need not pay for it)."""
    global _decode
    import msgspec

    _decode = msgspec.json.Decoder().decode
    return _decode(content)


_decode: Callable[[bytes], Any] = _first_decode


def _loads(content: bytes) -> Any:
    # msgspec decodes CarrierX's objects three times faster than json, to the same values. What
    # it refuses (NaN, 1e400, lone surrogates, a byte order mark; its DecodeError is a ValueError),
    # json reads as it always did, and json raises for what is not JSON at all.
    try:
        return _decode(content)
    except ValueError:
        pass
    except RecursionError:
        raise ValueError("the JSON body is nested too deeply") from None
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("the JSON body is nested too deeply") from None


def json_value(content: bytes, *, envelope: bool = False) -> Any:
    """The decoded body; with `envelope`, Mediator's `{"body": ..., "status": ...}` is opened.

    Raises ValueError for anything that is not JSON, including nesting too deep to decode.
    """
    data = _loads(content)
    if envelope and type(data) is dict and data.keys() == {"body", "status"}:
        return data["body"]
    return data


def json_object(content: bytes, *, envelope: bool = False) -> dict[str, Any]:
    data = json_value(content, envelope=True) if envelope else _loads(content)
    if type(data) is not dict:
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    return data


def json_array(content: bytes, *, envelope: bool = False) -> list[Any]:
    data = json_value(content, envelope=envelope)
    if type(data) is not list:
        raise ValueError(f"expected a JSON array, got {type(data).__name__}")
    return data
