"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .binding import Binding
from .binding_attributes import BindingAttributes
from .binding_create import BindingCreate
from .binding_list import BindingList
from .binding_redirect_did_info import BindingRedirectDidInfo
from .binding_update import BindingUpdate
from .dialout import Dialout
from .dialout_attributes import DialoutAttributes
from .dialout_create import DialoutCreate
from .dialout_list import DialoutList
from .dialout_update import DialoutUpdate
from .did import Did
from .did_list import DidList
from .error import Error
from .error_item import ErrorItem
from .http_method import HttpMethod
from .list_envelope import ListEnvelope
from .pagination import Pagination

__all__ = (
    "Account",
    "AccountList",
    "Binding",
    "BindingAttributes",
    "BindingCreate",
    "BindingList",
    "BindingRedirectDidInfo",
    "BindingUpdate",
    "Dialout",
    "DialoutAttributes",
    "DialoutCreate",
    "DialoutList",
    "DialoutUpdate",
    "Did",
    "DidList",
    "Error",
    "ErrorItem",
    "HttpMethod",
    "ListEnvelope",
    "Pagination",
)
