"""A request as plain data, and the encodings every sender shares byte for byte."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote, urlencode

from ._marker import UNSET

if TYPE_CHECKING:
    import httpx

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# What quote() leaves as it is, and no dot segment: SIDs and numbers, sent without encoding work.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,255}")
MAX_SEGMENT_LENGTH = 16384  # longer identifiers are refused before sending, on every sender


class Request(NamedTuple):
    """What `build_request` returns: everything that goes on the wire except credentials."""

    method: str
    path: str  # percent-encoded, relative to the section's API root
    query: str  # encoded as httpx encodes `params=`, without the "?"
    body: bytes | None = None
    content_type: str | None = None

    @property
    def target(self) -> str:
        """Path and query, as they follow the section's API root."""
        return f"{self.path}?{self.query}" if self.query else self.path


def segment(name: str, value: object) -> str:
    """One path parameter, percent-encoded into exactly one path segment.

    Refuses, before anything is sent, what encoding cannot make safe: empty or blank values,
    `.`/`..` (URL normalisation would resolve them), control characters, text UTF-8 cannot
    carry, values that are not text or numbers (None, UNSET, bytes), and huge identifiers.
    """
    if value.__class__ is str and _PLAIN_SEGMENT.fullmatch(value):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"{name} must be text, not {type(value).__name__} {value!r:.40}")
    text = str(value)
    if not text.strip() or text in (".", "..") or _CONTROL.search(text):
        raise ValueError(f"{name} {text!r:.80} is not a valid identifier")
    if len(text) > MAX_SEGMENT_LENGTH:
        raise ValueError(f"{name} is {len(text)} characters long; identifiers are at most {MAX_SEGMENT_LENGTH}")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise ValueError(f"{name} {text!r:.80} cannot be encoded as UTF-8") from None


def _text(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def query(*pairs: tuple[str, object]) -> str:
    """Query arguments encoded exactly as httpx encodes `params=` (UNSET and None left out)."""
    plain: list[tuple[str, str]] = []
    for name, value in pairs:
        if value is UNSET or value is None:
            continue
        if isinstance(value, list | tuple):
            plain.extend((name, _text(item)) for item in value if item is not None)
        else:
            plain.append((name, _text(value)))
    return urlencode(plain) if plain else ""


def checked_fields(value: Any, known: frozenset[str], argument: str) -> Any:
    """A `filter`/`order`/field-list builder naming only `known` fields (raw strings pass as they are)."""
    if value is not UNSET and value.__class__ is not str:
        from carrierx_async.filters import check_fields

        check_fields(value, known, argument)
    return value


def form(fields: Mapping[str, Any]) -> bytes:
    """A form body encoded exactly as httpx encodes `data=`."""
    plain: list[tuple[str, str]] = []
    for name, value in fields.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            plain.append((name, "" if item is None else _text(item)))
    return urlencode(plain).encode()


async def send_httpx(client: httpx.AsyncClient, request: Request) -> tuple[int, httpx.Headers, bytes]:
    """Send with a caller's `httpx.AsyncClient` (its `base_url` is the section's API root)."""
    headers = {"Content-Type": request.content_type} if request.content_type else None
    base = str(client.base_url).rstrip("/")
    response = await client.request(request.method, base + request.target, content=request.body, headers=headers)
    return response.status_code, response.headers, response.content
