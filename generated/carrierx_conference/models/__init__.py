"""Every model of the section, imported on first use (`from <package>.models import Did`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attribute import Attribute
    from .attribute_value import AttributeValue, AttributeValueParams
    from .call import Call
    from .call_flow import CallFlow
    from .call_flow_list import CallFlowList
    from .call_hold_mode import CallHoldMode
    from .call_list import CallList
    from .call_update import CallUpdate, CallUpdateParams
    from .did import Did
    from .did_create import DidCreate, DidCreateParams
    from .did_group import DidGroup
    from .did_group_create import DidGroupCreate, DidGroupCreateParams
    from .did_group_list import DidGroupList
    from .did_group_reference import DidGroupReference
    from .did_group_reference_input import DidGroupReferenceInput, DidGroupReferenceInputParams
    from .did_group_update import DidGroupUpdate, DidGroupUpdateParams
    from .did_list import DidList
    from .did_update import DidUpdate, DidUpdateParams
    from .error import Error
    from .error_item import ErrorItem
    from .file_descriptor import FileDescriptor
    from .file_descriptor_list import FileDescriptorList
    from .http_method import HttpMethod
    from .keychain_entry import KeychainEntry, KeychainEntryParams
    from .list_envelope import ListEnvelope
    from .media_file_upload import MediaFileUpload, MediaFileUploadParams
    from .meeting import Meeting
    from .meeting_attribute_update import MeetingAttributeUpdate, MeetingAttributeUpdateParams
    from .meeting_key import MeetingKey
    from .meeting_key_create import MeetingKeyCreate, MeetingKeyCreateParams
    from .meeting_key_list import MeetingKeyList
    from .meeting_key_role import MeetingKeyRole
    from .meeting_key_update import MeetingKeyUpdate, MeetingKeyUpdateParams
    from .meeting_list import MeetingList
    from .meeting_room import MeetingRoom
    from .meeting_room_create import MeetingRoomCreate, MeetingRoomCreateParams
    from .meeting_room_list import MeetingRoomList
    from .meeting_room_update import MeetingRoomUpdate, MeetingRoomUpdateParams
    from .pagination import Pagination
    from .subscriber import Subscriber
    from .subscriber_callback import SubscriberCallback
    from .subscriber_callback_input import SubscriberCallbackInput, SubscriberCallbackInputParams
    from .subscriber_create import SubscriberCreate, SubscriberCreateParams
    from .subscriber_list import SubscriberList
    from .subscriber_role import SubscriberRole
    from .subscriber_update import SubscriberUpdate, SubscriberUpdateParams
    from .v1_list_envelope import V1ListEnvelope

_MODULES = {
    "Attribute": ".attribute",
    "AttributeValue": ".attribute_value",
    "AttributeValueParams": ".attribute_value",
    "Call": ".call",
    "CallFlow": ".call_flow",
    "CallFlowList": ".call_flow_list",
    "CallHoldMode": ".call_hold_mode",
    "CallList": ".call_list",
    "CallUpdate": ".call_update",
    "CallUpdateParams": ".call_update",
    "Did": ".did",
    "DidCreate": ".did_create",
    "DidCreateParams": ".did_create",
    "DidGroup": ".did_group",
    "DidGroupCreate": ".did_group_create",
    "DidGroupCreateParams": ".did_group_create",
    "DidGroupList": ".did_group_list",
    "DidGroupReference": ".did_group_reference",
    "DidGroupReferenceInput": ".did_group_reference_input",
    "DidGroupReferenceInputParams": ".did_group_reference_input",
    "DidGroupUpdate": ".did_group_update",
    "DidGroupUpdateParams": ".did_group_update",
    "DidList": ".did_list",
    "DidUpdate": ".did_update",
    "DidUpdateParams": ".did_update",
    "Error": ".error",
    "ErrorItem": ".error_item",
    "FileDescriptor": ".file_descriptor",
    "FileDescriptorList": ".file_descriptor_list",
    "HttpMethod": ".http_method",
    "KeychainEntry": ".keychain_entry",
    "KeychainEntryParams": ".keychain_entry",
    "ListEnvelope": ".list_envelope",
    "MediaFileUpload": ".media_file_upload",
    "MediaFileUploadParams": ".media_file_upload",
    "Meeting": ".meeting",
    "MeetingAttributeUpdate": ".meeting_attribute_update",
    "MeetingAttributeUpdateParams": ".meeting_attribute_update",
    "MeetingKey": ".meeting_key",
    "MeetingKeyCreate": ".meeting_key_create",
    "MeetingKeyCreateParams": ".meeting_key_create",
    "MeetingKeyList": ".meeting_key_list",
    "MeetingKeyRole": ".meeting_key_role",
    "MeetingKeyUpdate": ".meeting_key_update",
    "MeetingKeyUpdateParams": ".meeting_key_update",
    "MeetingList": ".meeting_list",
    "MeetingRoom": ".meeting_room",
    "MeetingRoomCreate": ".meeting_room_create",
    "MeetingRoomCreateParams": ".meeting_room_create",
    "MeetingRoomList": ".meeting_room_list",
    "MeetingRoomUpdate": ".meeting_room_update",
    "MeetingRoomUpdateParams": ".meeting_room_update",
    "Pagination": ".pagination",
    "Subscriber": ".subscriber",
    "SubscriberCallback": ".subscriber_callback",
    "SubscriberCallbackInput": ".subscriber_callback_input",
    "SubscriberCallbackInputParams": ".subscriber_callback_input",
    "SubscriberCreate": ".subscriber_create",
    "SubscriberCreateParams": ".subscriber_create",
    "SubscriberList": ".subscriber_list",
    "SubscriberRole": ".subscriber_role",
    "SubscriberUpdate": ".subscriber_update",
    "SubscriberUpdateParams": ".subscriber_update",
    "V1ListEnvelope": ".v1_list_envelope",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Attribute",
    "AttributeValue",
    "AttributeValueParams",
    "Call",
    "CallFlow",
    "CallFlowList",
    "CallHoldMode",
    "CallList",
    "CallUpdate",
    "CallUpdateParams",
    "Did",
    "DidCreate",
    "DidCreateParams",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupCreateParams",
    "DidGroupList",
    "DidGroupReference",
    "DidGroupReferenceInput",
    "DidGroupReferenceInputParams",
    "DidGroupUpdate",
    "DidGroupUpdateParams",
    "DidList",
    "DidUpdate",
    "DidUpdateParams",
    "Error",
    "ErrorItem",
    "FileDescriptor",
    "FileDescriptorList",
    "HttpMethod",
    "KeychainEntry",
    "KeychainEntryParams",
    "ListEnvelope",
    "MediaFileUpload",
    "MediaFileUploadParams",
    "Meeting",
    "MeetingAttributeUpdate",
    "MeetingAttributeUpdateParams",
    "MeetingKey",
    "MeetingKeyCreate",
    "MeetingKeyCreateParams",
    "MeetingKeyList",
    "MeetingKeyRole",
    "MeetingKeyUpdate",
    "MeetingKeyUpdateParams",
    "MeetingList",
    "MeetingRoom",
    "MeetingRoomCreate",
    "MeetingRoomCreateParams",
    "MeetingRoomList",
    "MeetingRoomUpdate",
    "MeetingRoomUpdateParams",
    "Pagination",
    "Subscriber",
    "SubscriberCallback",
    "SubscriberCallbackInput",
    "SubscriberCallbackInputParams",
    "SubscriberCreate",
    "SubscriberCreateParams",
    "SubscriberList",
    "SubscriberRole",
    "SubscriberUpdate",
    "SubscriberUpdateParams",
    "V1ListEnvelope",
)
