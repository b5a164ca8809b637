"""Which event loop is running: the send loop picks its sender from it."""

from __future__ import annotations

import sniffio


def running_on_asyncio() -> bool:
    """Whether the calling task runs on asyncio (False on trio, or outside any event loop)."""
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return False
