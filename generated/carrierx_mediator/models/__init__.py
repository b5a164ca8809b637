"""Every model of the section, imported on first use (`from <package>.models import Did`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_list import AccountList
    from .binding import Binding
    from .binding_attributes import BindingAttributes, BindingAttributesParams
    from .binding_create import BindingCreate, BindingCreateParams
    from .binding_list import BindingList
    from .binding_redirect_did_info import BindingRedirectDidInfo, BindingRedirectDidInfoParams
    from .binding_update import BindingUpdate, BindingUpdateParams
    from .dialout import Dialout
    from .dialout_attributes import DialoutAttributes, DialoutAttributesParams
    from .dialout_create import DialoutCreate, DialoutCreateParams
    from .dialout_list import DialoutList
    from .dialout_update import DialoutUpdate, DialoutUpdateParams
    from .did import Did
    from .did_list import DidList
    from .error import Error
    from .error_item import ErrorItem
    from .http_method import HttpMethod
    from .list_envelope import ListEnvelope
    from .pagination import Pagination

_MODULES = {
    "Account": ".account",
    "AccountList": ".account_list",
    "Binding": ".binding",
    "BindingAttributes": ".binding_attributes",
    "BindingAttributesParams": ".binding_attributes",
    "BindingCreate": ".binding_create",
    "BindingCreateParams": ".binding_create",
    "BindingList": ".binding_list",
    "BindingRedirectDidInfo": ".binding_redirect_did_info",
    "BindingRedirectDidInfoParams": ".binding_redirect_did_info",
    "BindingUpdate": ".binding_update",
    "BindingUpdateParams": ".binding_update",
    "Dialout": ".dialout",
    "DialoutAttributes": ".dialout_attributes",
    "DialoutAttributesParams": ".dialout_attributes",
    "DialoutCreate": ".dialout_create",
    "DialoutCreateParams": ".dialout_create",
    "DialoutList": ".dialout_list",
    "DialoutUpdate": ".dialout_update",
    "DialoutUpdateParams": ".dialout_update",
    "Did": ".did",
    "DidList": ".did_list",
    "Error": ".error",
    "ErrorItem": ".error_item",
    "HttpMethod": ".http_method",
    "ListEnvelope": ".list_envelope",
    "Pagination": ".pagination",
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
    "Binding",
    "BindingAttributes",
    "BindingAttributesParams",
    "BindingCreate",
    "BindingCreateParams",
    "BindingList",
    "BindingRedirectDidInfo",
    "BindingRedirectDidInfoParams",
    "BindingUpdate",
    "BindingUpdateParams",
    "Dialout",
    "DialoutAttributes",
    "DialoutAttributesParams",
    "DialoutCreate",
    "DialoutCreateParams",
    "DialoutList",
    "DialoutUpdate",
    "DialoutUpdateParams",
    "Did",
    "DidList",
    "Error",
    "ErrorItem",
    "HttpMethod",
    "ListEnvelope",
    "Pagination",
)
