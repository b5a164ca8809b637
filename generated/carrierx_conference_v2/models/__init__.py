"""Every model of the section, imported on first use (`from <package>.models import Did`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_list import AccountList
    from .account_update import AccountUpdate, AccountUpdateParams
    from .call import Call
    from .call_direction import CallDirection
    from .call_flow import CallFlow
    from .call_flow_list import CallFlowList
    from .call_flow_properties import CallFlowProperties, CallFlowPropertiesParams
    from .call_list import CallList
    from .call_update import CallUpdate, CallUpdateParams
    from .conference_role import ConferenceRole
    from .did import Did
    from .did_group import DidGroup
    from .did_group_create import DidGroupCreate, DidGroupCreateParams
    from .did_group_list import DidGroupList
    from .did_group_update import DidGroupUpdate, DidGroupUpdateParams
    from .did_list import DidList
    from .did_update import DidUpdate, DidUpdateParams
    from .error import Error
    from .error_item import ErrorItem
    from .list_envelope import ListEnvelope
    from .meeting import Meeting
    from .meeting_attendees import MeetingAttendees
    from .meeting_key import MeetingKey, MeetingKeyParams
    from .meeting_list import MeetingList
    from .meeting_on_hold import MeetingOnHold
    from .meeting_participant_muted import MeetingParticipantMuted
    from .meeting_room import MeetingRoom
    from .meeting_room_create import MeetingRoomCreate, MeetingRoomCreateParams
    from .meeting_room_list import MeetingRoomList
    from .meeting_room_update import MeetingRoomUpdate, MeetingRoomUpdateParams
    from .meeting_update import MeetingUpdate, MeetingUpdateParams
    from .pagination import Pagination

_MODULES = {
    "Account": ".account",
    "AccountList": ".account_list",
    "AccountUpdate": ".account_update",
    "AccountUpdateParams": ".account_update",
    "Call": ".call",
    "CallDirection": ".call_direction",
    "CallFlow": ".call_flow",
    "CallFlowList": ".call_flow_list",
    "CallFlowProperties": ".call_flow_properties",
    "CallFlowPropertiesParams": ".call_flow_properties",
    "CallList": ".call_list",
    "CallUpdate": ".call_update",
    "CallUpdateParams": ".call_update",
    "ConferenceRole": ".conference_role",
    "Did": ".did",
    "DidGroup": ".did_group",
    "DidGroupCreate": ".did_group_create",
    "DidGroupCreateParams": ".did_group_create",
    "DidGroupList": ".did_group_list",
    "DidGroupUpdate": ".did_group_update",
    "DidGroupUpdateParams": ".did_group_update",
    "DidList": ".did_list",
    "DidUpdate": ".did_update",
    "DidUpdateParams": ".did_update",
    "Error": ".error",
    "ErrorItem": ".error_item",
    "ListEnvelope": ".list_envelope",
    "Meeting": ".meeting",
    "MeetingAttendees": ".meeting_attendees",
    "MeetingKey": ".meeting_key",
    "MeetingKeyParams": ".meeting_key",
    "MeetingList": ".meeting_list",
    "MeetingOnHold": ".meeting_on_hold",
    "MeetingParticipantMuted": ".meeting_participant_muted",
    "MeetingRoom": ".meeting_room",
    "MeetingRoomCreate": ".meeting_room_create",
    "MeetingRoomCreateParams": ".meeting_room_create",
    "MeetingRoomList": ".meeting_room_list",
    "MeetingRoomUpdate": ".meeting_room_update",
    "MeetingRoomUpdateParams": ".meeting_room_update",
    "MeetingUpdate": ".meeting_update",
    "MeetingUpdateParams": ".meeting_update",
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
    "AccountUpdate",
    "AccountUpdateParams",
    "Call",
    "CallDirection",
    "CallFlow",
    "CallFlowList",
    "CallFlowProperties",
    "CallFlowPropertiesParams",
    "CallList",
    "CallUpdate",
    "CallUpdateParams",
    "ConferenceRole",
    "Did",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupCreateParams",
    "DidGroupList",
    "DidGroupUpdate",
    "DidGroupUpdateParams",
    "DidList",
    "DidUpdate",
    "DidUpdateParams",
    "Error",
    "ErrorItem",
    "ListEnvelope",
    "Meeting",
    "MeetingAttendees",
    "MeetingKey",
    "MeetingKeyParams",
    "MeetingList",
    "MeetingOnHold",
    "MeetingParticipantMuted",
    "MeetingRoom",
    "MeetingRoomCreate",
    "MeetingRoomCreateParams",
    "MeetingRoomList",
    "MeetingRoomUpdate",
    "MeetingRoomUpdateParams",
    "MeetingUpdate",
    "MeetingUpdateParams",
    "Pagination",
)
