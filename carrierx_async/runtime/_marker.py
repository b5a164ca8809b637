"""`UNSET`: the one marker for "leave this out", shared by every section and the facade."""

from __future__ import annotations

from typing import IO, Final, Literal

import attrs


class Unset:
    """The type of `UNSET`: an argument or field the caller did not give (None means null)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


@attrs.define
class File:
    """A file to upload: its bytes (or a binary file object), name and media type."""

    payload: IO[bytes] | bytes
    file_name: str | None = None
    mime_type: str | None = None

    def read(self) -> bytes:
        """The whole content (a file object is read from where it stands)."""
        return self.payload if isinstance(self.payload, bytes) else self.payload.read()
