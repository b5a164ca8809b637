"""Contains all the data models used in inputs/outputs"""

from .attribute import Attribute
from .attribute_value import AttributeValue
from .call import Call
from .call_flow import CallFlow
from .call_flow_list import CallFlowList
from .call_hold_mode import CallHoldMode
from .call_list import CallList
from .call_update import CallUpdate
from .did import Did
from .did_create import DidCreate
from .did_group import DidGroup
from .did_group_create import DidGroupCreate
from .did_group_list import DidGroupList
from .did_group_reference import DidGroupReference
from .did_group_reference_input import DidGroupReferenceInput
from .did_group_update import DidGroupUpdate
from .did_list import DidList
from .did_update import DidUpdate
from .error import Error
from .error_item import ErrorItem
from .file_descriptor import FileDescriptor
from .file_descriptor_list import FileDescriptorList
from .http_method import HttpMethod
from .keychain_entry import KeychainEntry
from .list_envelope import ListEnvelope
from .media_file_upload import MediaFileUpload
from .meeting import Meeting
from .meeting_attribute_update import MeetingAttributeUpdate
from .meeting_key import MeetingKey
from .meeting_key_create import MeetingKeyCreate
from .meeting_key_list import MeetingKeyList
from .meeting_key_role import MeetingKeyRole
from .meeting_key_update import MeetingKeyUpdate
from .meeting_list import MeetingList
from .meeting_room import MeetingRoom
from .meeting_room_create import MeetingRoomCreate
from .meeting_room_list import MeetingRoomList
from .meeting_room_update import MeetingRoomUpdate
from .pagination import Pagination
from .subscriber import Subscriber
from .subscriber_callback import SubscriberCallback
from .subscriber_callback_input import SubscriberCallbackInput
from .subscriber_create import SubscriberCreate
from .subscriber_list import SubscriberList
from .subscriber_role import SubscriberRole
from .subscriber_update import SubscriberUpdate
from .v1_list_envelope import V1ListEnvelope

__all__ = (
    "Attribute",
    "AttributeValue",
    "Call",
    "CallFlow",
    "CallFlowList",
    "CallHoldMode",
    "CallList",
    "CallUpdate",
    "Did",
    "DidCreate",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupList",
    "DidGroupReference",
    "DidGroupReferenceInput",
    "DidGroupUpdate",
    "DidList",
    "DidUpdate",
    "Error",
    "ErrorItem",
    "FileDescriptor",
    "FileDescriptorList",
    "HttpMethod",
    "KeychainEntry",
    "ListEnvelope",
    "MediaFileUpload",
    "Meeting",
    "MeetingAttributeUpdate",
    "MeetingKey",
    "MeetingKeyCreate",
    "MeetingKeyList",
    "MeetingKeyRole",
    "MeetingKeyUpdate",
    "MeetingList",
    "MeetingRoom",
    "MeetingRoomCreate",
    "MeetingRoomList",
    "MeetingRoomUpdate",
    "Pagination",
    "Subscriber",
    "SubscriberCallback",
    "SubscriberCallbackInput",
    "SubscriberCreate",
    "SubscriberList",
    "SubscriberRole",
    "SubscriberUpdate",
    "V1ListEnvelope",
)
