"""A clear message when the `testing` extra is not installed."""

from __future__ import annotations

INSTALL = "pip install 'carrierx-async[testing]'"


def missing_extra(error: ModuleNotFoundError) -> ModuleNotFoundError:
    """The error to raise instead: which extra brings the missing module (our own modules excepted)."""
    if (error.name or "").partition(".")[0] == "carrierx_async":
        return error
    return ModuleNotFoundError(
        f"carrierx_async.testing needs the 'testing' extra, which brings {error.name}: {INSTALL}",
        name=error.name,
    )
