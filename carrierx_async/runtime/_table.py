"""The operation table: each operation of a section described as data.

Generated into `carrierx_<section>.operations.OPERATIONS`; the facade's resource classes, the
operation index in the docs and the tests are all built from it.
"""

from __future__ import annotations

from typing import Literal

import attrs

Location = Literal["path", "query"]
PagingStyle = Literal["offset", "cursor"]


@attrs.frozen
class Parameter:
    """One argument of `build_request`: its Python name, the wire name, and its type."""

    python_name: str
    name: str
    location: Location
    annotation: str
    required: bool
    description: str = ""


@attrs.frozen
class BodySpec:
    """The request body argument: what it accepts and how it is encoded."""

    annotation: str
    required: bool
    content_types: tuple[str, ...]
    model: str | None = None
    description: str = ""


@attrs.frozen
class Paging:
    """How a list operation pages: `limit`/`offset`, plus `after`/`before` cursors when `cursor`."""

    style: PagingStyle
    items: str
    item: str
    cursor_field: str | None = None


@attrs.frozen
class Operation:
    """One operation of a section."""

    id: str
    tag: str
    method: str
    path: str
    module: str
    summary: str
    description: str
    scopes: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body: BodySpec | None
    returns: str
    imports: tuple[tuple[str, str], ...]
    paging: Paging | None = None
    docs_url: str = ""
    download: str | None = None  # the media type of a binary or CSV answer, which the facade also streams
