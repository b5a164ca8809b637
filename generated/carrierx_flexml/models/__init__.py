"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .account_update import AccountUpdate
from .call import Call
from .call_attributes import CallAttributes
from .call_create import CallCreate
from .call_list import CallList
from .call_update import CallUpdate
from .did import Did
from .did_list import DidList
from .did_update import DidUpdate
from .error import Error
from .error_handler import ErrorHandler
from .error_item import ErrorItem
from .http_method import HttpMethod
from .list_envelope import ListEnvelope
from .pagination import Pagination
from .status_callback_method import StatusCallbackMethod

__all__ = (
    "Account",
    "AccountList",
    "AccountUpdate",
    "Call",
    "CallAttributes",
    "CallCreate",
    "CallList",
    "CallUpdate",
    "Did",
    "DidList",
    "DidUpdate",
    "Error",
    "ErrorHandler",
    "ErrorItem",
    "HttpMethod",
    "ListEnvelope",
    "Pagination",
    "StatusCallbackMethod",
)
