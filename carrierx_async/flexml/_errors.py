"""The one exception family of the FlexML helpers."""

from __future__ import annotations

__all__ = ["CallbackError", "FlexMLError"]


class FlexMLError(ValueError):
    """FlexML markup that CarrierX would not accept as written, caught while it is being built."""


class CallbackError(FlexMLError):
    """A callback request whose body cannot be read (bad JSON, unknown content type, unknown kind)."""


# Shown (in tracebacks and reprs) where users import them from.
FlexMLError.__module__ = CallbackError.__module__ = "carrierx_async.flexml"
