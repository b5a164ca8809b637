"""What every generated resource class shares: its section, and raw responses by name."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._response import RawResponses

if TYPE_CHECKING:
    from ._section import Section


class Resource:
    """A group of operations (one spec tag) of one section."""

    def __init__(self, section: Section) -> None:
        self._section = section

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._section!r}>"

    @cached_property
    def with_raw_response(self) -> RawResponses:
        """The same operations, returning an `ApiResponse` (status, headers, body, parsed model).

        For a fully typed call, wrap the method instead: `await raw_response(resource.get_did)(sid)`.
        """
        return RawResponses(self)
