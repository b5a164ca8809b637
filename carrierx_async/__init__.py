"""Async client for the whole CarrierX API: Core, Conference v1 and v2, FlexML, Mediator."""

from ._version import __version__

__all__ = ["__version__"]
