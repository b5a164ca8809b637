"""Every model of the section, imported on first use (`from <package>.models import Did`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_list import AccountList
    from .account_update import AccountUpdate, AccountUpdateParams
    from .call import Call
    from .call_attributes import CallAttributes
    from .call_create import CallCreate, CallCreateParams
    from .call_list import CallList
    from .call_update import CallUpdate, CallUpdateParams
    from .did import Did
    from .did_list import DidList
    from .did_update import DidUpdate, DidUpdateParams
    from .error import Error
    from .error_handler import ErrorHandler
    from .error_item import ErrorItem
    from .http_method import HttpMethod
    from .list_envelope import ListEnvelope
    from .pagination import Pagination
    from .status_callback_method import StatusCallbackMethod

_MODULES = {
    "Account": ".account",
    "AccountList": ".account_list",
    "AccountUpdate": ".account_update",
    "AccountUpdateParams": ".account_update",
    "Call": ".call",
    "CallAttributes": ".call_attributes",
    "CallCreate": ".call_create",
    "CallCreateParams": ".call_create",
    "CallList": ".call_list",
    "CallUpdate": ".call_update",
    "CallUpdateParams": ".call_update",
    "Did": ".did",
    "DidList": ".did_list",
    "DidUpdate": ".did_update",
    "DidUpdateParams": ".did_update",
    "Error": ".error",
    "ErrorHandler": ".error_handler",
    "ErrorItem": ".error_item",
    "HttpMethod": ".http_method",
    "ListEnvelope": ".list_envelope",
    "Pagination": ".pagination",
    "StatusCallbackMethod": ".status_callback_method",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Account",
    "AccountList",
    "AccountUpdate",
    "AccountUpdateParams",
    "Call",
    "CallAttributes",
    "CallCreate",
    "CallCreateParams",
    "CallList",
    "CallUpdate",
    "CallUpdateParams",
    "Did",
    "DidList",
    "DidUpdate",
    "DidUpdateParams",
    "Error",
    "ErrorHandler",
    "ErrorItem",
    "HttpMethod",
    "ListEnvelope",
    "Pagination",
    "StatusCallbackMethod",
)
