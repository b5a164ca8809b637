"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .account_update import AccountUpdate
from .call import Call
from .call_direction import CallDirection
from .call_flow import CallFlow
from .call_flow_list import CallFlowList
from .call_flow_properties import CallFlowProperties
from .call_list import CallList
from .call_update import CallUpdate
from .conference_role import ConferenceRole
from .did import Did
from .did_group import DidGroup
from .did_group_create import DidGroupCreate
from .did_group_list import DidGroupList
from .did_group_update import DidGroupUpdate
from .did_list import DidList
from .did_update import DidUpdate
from .error import Error
from .error_item import ErrorItem
from .list_envelope import ListEnvelope
from .meeting import Meeting
from .meeting_attendees import MeetingAttendees
from .meeting_key import MeetingKey
from .meeting_list import MeetingList
from .meeting_on_hold import MeetingOnHold
from .meeting_participant_muted import MeetingParticipantMuted
from .meeting_room import MeetingRoom
from .meeting_room_create import MeetingRoomCreate
from .meeting_room_list import MeetingRoomList
from .meeting_room_update import MeetingRoomUpdate
from .meeting_update import MeetingUpdate
from .pagination import Pagination

__all__ = (
    "Account",
    "AccountList",
    "AccountUpdate",
    "Call",
    "CallDirection",
    "CallFlow",
    "CallFlowList",
    "CallFlowProperties",
    "CallList",
    "CallUpdate",
    "ConferenceRole",
    "Did",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupList",
    "DidGroupUpdate",
    "DidList",
    "DidUpdate",
    "Error",
    "ErrorItem",
    "ListEnvelope",
    "Meeting",
    "MeetingAttendees",
    "MeetingKey",
    "MeetingList",
    "MeetingOnHold",
    "MeetingParticipantMuted",
    "MeetingRoom",
    "MeetingRoomCreate",
    "MeetingRoomList",
    "MeetingRoomUpdate",
    "MeetingUpdate",
    "Pagination",
)
