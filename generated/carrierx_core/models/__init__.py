"""Contains all the data models used in inputs/outputs"""

from .access_control_action import AccessControlAction
from .access_control_effective_acl import AccessControlEffectiveAcl
from .access_control_effective_acl_list import AccessControlEffectiveAclList
from .access_control_list import AccessControlList
from .access_control_list_direction import AccessControlListDirection
from .access_control_list_input import AccessControlListInput
from .access_control_rule import AccessControlRule
from .access_control_rule_create import AccessControlRuleCreate
from .access_control_rule_field import AccessControlRuleField
from .access_control_rule_list import AccessControlRuleList
from .access_control_rule_operation import AccessControlRuleOperation
from .access_control_rule_quantifier import AccessControlRuleQuantifier
from .access_control_rule_update import AccessControlRuleUpdate
from .app_conference_call import AppConferenceCall
from .app_conference_call_custom_type import AppConferenceCallCustomType
from .app_conference_call_direction import AppConferenceCallDirection
from .app_conference_call_list import AppConferenceCallList
from .app_conference_meeting import AppConferenceMeeting
from .app_conference_meeting_list import AppConferenceMeetingList
from .app_mediator_call import AppMediatorCall
from .app_mediator_call_attributes import AppMediatorCallAttributes
from .app_mediator_call_list import AppMediatorCallList
from .batch_review import BatchReview
from .batch_review_item import BatchReviewItem
from .batch_review_item_fields import BatchReviewItemFields
from .batch_review_method import BatchReviewMethod
from .batch_task import BatchTask
from .batch_task_create import BatchTaskCreate
from .batch_task_data_item import BatchTaskDataItem
from .batch_task_error_detail import BatchTaskErrorDetail
from .batch_task_error_detail_list import BatchTaskErrorDetailList
from .batch_task_list import BatchTaskList
from .batch_task_method import BatchTaskMethod
from .batch_task_status import BatchTaskStatus
from .batch_task_type import BatchTaskType
from .batch_task_update import BatchTaskUpdate
from .billing_method import BillingMethod
from .billing_method_create import BillingMethodCreate
from .billing_method_type import BillingMethodType
from .call_detail_record import CallDetailRecord
from .call_detail_record_direction import CallDetailRecordDirection
from .call_detail_record_list import CallDetailRecordList
from .call_rate import CallRate
from .call_rate_list import CallRateList
from .call_rate_plan import CallRatePlan
from .call_rate_voip_sub_type import CallRateVoipSubType
from .cic_lookup import CicLookup
from .country import Country
from .country_ip_location import CountryIpLocation
from .country_list import CountryList
from .did import Did
from .did_classification import DidClassification
from .did_classification_list import DidClassificationList
from .did_create import DidCreate
from .did_emergency import DidEmergency
from .did_emergency_location import DidEmergencyLocation
from .did_emergency_update import DidEmergencyUpdate
from .did_group import DidGroup
from .did_group_create import DidGroupCreate
from .did_group_list import DidGroupList
from .did_group_update import DidGroupUpdate
from .did_line_information import DidLineInformation
from .did_line_information_class_of_service import DidLineInformationClassOfService
from .did_line_information_privacy import DidLineInformationPrivacy
from .did_line_information_screening import DidLineInformationScreening
from .did_line_information_update import DidLineInformationUpdate
from .did_list import DidList
from .did_status import DidStatus
from .did_update import DidUpdate
from .endpoint import Endpoint
from .endpoint_address import EndpointAddress
from .endpoint_address_input import EndpointAddressInput
from .endpoint_attributes import EndpointAttributes
from .endpoint_create import EndpointCreate
from .endpoint_list import EndpointList
from .endpoint_properties import EndpointProperties
from .endpoint_properties_input import EndpointPropertiesInput
from .endpoint_transformation import EndpointTransformation
from .endpoint_type import EndpointType
from .endpoint_update import EndpointUpdate
from .error import Error
from .error_item import ErrorItem
from .http_method import HttpMethod
from .invoice import Invoice
from .invoice_emails_request import InvoiceEmailsRequest
from .invoice_item import InvoiceItem
from .invoice_list import InvoiceList
from .invoice_pay_item import InvoicePayItem
from .invoice_tax_item import InvoiceTaxItem
from .ip_address_lookup import IpAddressLookup
from .list_envelope import ListEnvelope
from .lrn_prefix import LrnPrefix
from .lrn_prefix_create import LrnPrefixCreate
from .lrn_prefix_list import LrnPrefixList
from .lrn_prefix_update import LrnPrefixUpdate
from .message import Message
from .message_create import MessageCreate
from .message_detail_record import MessageDetailRecord
from .message_detail_record_list import MessageDetailRecordList
from .message_detail_record_update import MessageDetailRecordUpdate
from .message_direction import MessageDirection
from .message_list import MessageList
from .message_status import MessageStatus
from .message_type import MessageType
from .message_update import MessageUpdate
from .o_auth_revoke_request import OAuthRevokeRequest
from .o_auth_sub_partner_token_request import OAuthSubPartnerTokenRequest
from .o_auth_token import OAuthToken
from .o_auth_token_list import OAuthTokenList
from .o_auth_token_request import OAuthTokenRequest
from .o_auth_token_update import OAuthTokenUpdate
from .pagination import Pagination
from .partner import Partner
from .partner_attributes import PartnerAttributes
from .partner_callbacks import PartnerCallbacks
from .partner_callbacks_input import PartnerCallbacksInput
from .partner_create import PartnerCreate
from .partner_list import PartnerList
from .partner_login import PartnerLogin
from .partner_login_create import PartnerLoginCreate
from .partner_login_list import PartnerLoginList
from .partner_login_update import PartnerLoginUpdate
from .partner_payment_type import PartnerPaymentType
from .partner_status import PartnerStatus
from .partner_transformation import PartnerTransformation
from .partner_update import PartnerUpdate
from .phonenumber_attributes import PhonenumberAttributes
from .phonenumber_coverage import PhonenumberCoverage
from .phonenumber_coverage_list import PhonenumberCoverageList
from .phonenumber_lookup import PhonenumberLookup
from .phonenumber_lookup_carrier import PhonenumberLookupCarrier
from .phonenumber_lookup_cnam import PhonenumberLookupCnam
from .phonenumber_lookup_details import PhonenumberLookupDetails
from .phonenumber_lookup_lrn import PhonenumberLookupLrn
from .phonenumber_rates_plan import PhonenumberRatesPlan
from .phonenumber_transformation import PhonenumberTransformation
from .prefix import Prefix
from .prefix_create import PrefixCreate
from .prefix_list import PrefixList
from .prefix_update import PrefixUpdate
from .push_application import PushApplication
from .push_application_create import PushApplicationCreate
from .push_application_list import PushApplicationList
from .push_application_partner import PushApplicationPartner
from .push_application_update import PushApplicationUpdate
from .push_device import PushDevice
from .push_device_create import PushDeviceCreate
from .push_device_environment import PushDeviceEnvironment
from .push_device_list import PushDeviceList
from .push_device_partner import PushDevicePartner
from .push_device_type import PushDeviceType
from .push_device_update import PushDeviceUpdate
from .push_notification_create import PushNotificationCreate
from .push_notification_data import PushNotificationData
from .push_notification_result import PushNotificationResult
from .push_notification_results import PushNotificationResults
from .rate_did_tier import RateDidTier
from .rate_did_tier_list import RateDidTierList
from .rating_call_response import RatingCallResponse
from .rating_direction import RatingDirection
from .rating_mcc_mnc_response import RatingMccMncResponse
from .rating_message_sub_type import RatingMessageSubType
from .rating_voip_sub_type import RatingVoipSubType
from .resp_org_lookup import RespOrgLookup
from .short_code import ShortCode
from .short_code_list import ShortCodeList
from .short_code_update import ShortCodeUpdate
from .shortener_domain import ShortenerDomain
from .shortener_domain_create import ShortenerDomainCreate
from .shortener_domain_list import ShortenerDomainList
from .shortener_domain_scope import ShortenerDomainScope
from .shortener_domain_secure import ShortenerDomainSecure
from .shortener_domain_update import ShortenerDomainUpdate
from .shortener_link import ShortenerLink
from .shortener_link_create import ShortenerLinkCreate
from .shortener_link_list import ShortenerLinkList
from .shortener_link_update import ShortenerLinkUpdate
from .shortener_mode import ShortenerMode
from .shortener_status_code_class import ShortenerStatusCodeClass
from .sms_rate import SmsRate
from .sms_rate_list import SmsRateList
from .sms_rate_sub_type import SmsRateSubType
from .sms_rates_plan import SmsRatesPlan
from .storage_container import StorageContainer
from .storage_container_create import StorageContainerCreate
from .storage_container_external_attributes import StorageContainerExternalAttributes
from .storage_container_list import StorageContainerList
from .storage_container_update import StorageContainerUpdate
from .storage_content_classification import StorageContentClassification
from .storage_durability_class import StorageDurabilityClass
from .storage_file import StorageFile
from .storage_file_bitrate import StorageFileBitrate
from .storage_file_create import StorageFileCreate
from .storage_file_list import StorageFileList
from .storage_file_update import StorageFileUpdate
from .storage_file_upload import StorageFileUpload
from .trunk import Trunk
from .trunk_access_control_list import TrunkAccessControlList
from .trunk_access_control_rule import TrunkAccessControlRule
from .trunk_acl_rule_operation import TrunkAclRuleOperation
from .trunk_acl_rule_quantifier import TrunkAclRuleQuantifier
from .trunk_allow_forward import TrunkAllowForward
from .trunk_asn_mode import TrunkAsnMode
from .trunk_codec import TrunkCodec
from .trunk_create import TrunkCreate
from .trunk_group import TrunkGroup
from .trunk_group_create import TrunkGroupCreate
from .trunk_group_external_handler import TrunkGroupExternalHandler
from .trunk_group_hard_failure_last_resort import TrunkGroupHardFailureLastResort
from .trunk_group_list import TrunkGroupList
from .trunk_group_partner import TrunkGroupPartner
from .trunk_group_routing_data import TrunkGroupRoutingData
from .trunk_group_update import TrunkGroupUpdate
from .trunk_list import TrunkList
from .trunk_transformation import TrunkTransformation
from .trunk_update import TrunkUpdate
from .tts_text_create import TtsTextCreate
from .tts_voice import TtsVoice
from .tts_voice_languages import TtsVoiceLanguages
from .tts_voice_list import TtsVoiceList
from .verification import Verification
from .verification_code_type import VerificationCodeType
from .verification_email_create import VerificationEmailCreate
from .verification_email_template import VerificationEmailTemplate
from .verification_email_template_list import VerificationEmailTemplateList
from .verification_email_template_type import VerificationEmailTemplateType
from .verification_sms_result import VerificationSmsResult
from .verification_status import VerificationStatus

__all__ = (
    "AccessControlAction",
    "AccessControlEffectiveAcl",
    "AccessControlEffectiveAclList",
    "AccessControlList",
    "AccessControlListDirection",
    "AccessControlListInput",
    "AccessControlRule",
    "AccessControlRuleCreate",
    "AccessControlRuleField",
    "AccessControlRuleList",
    "AccessControlRuleOperation",
    "AccessControlRuleQuantifier",
    "AccessControlRuleUpdate",
    "AppConferenceCall",
    "AppConferenceCallCustomType",
    "AppConferenceCallDirection",
    "AppConferenceCallList",
    "AppConferenceMeeting",
    "AppConferenceMeetingList",
    "AppMediatorCall",
    "AppMediatorCallAttributes",
    "AppMediatorCallList",
    "BatchReview",
    "BatchReviewItem",
    "BatchReviewItemFields",
    "BatchReviewMethod",
    "BatchTask",
    "BatchTaskCreate",
    "BatchTaskDataItem",
    "BatchTaskErrorDetail",
    "BatchTaskErrorDetailList",
    "BatchTaskList",
    "BatchTaskMethod",
    "BatchTaskStatus",
    "BatchTaskType",
    "BatchTaskUpdate",
    "BillingMethod",
    "BillingMethodCreate",
    "BillingMethodType",
    "CallDetailRecord",
    "CallDetailRecordDirection",
    "CallDetailRecordList",
    "CallRate",
    "CallRateList",
    "CallRatePlan",
    "CallRateVoipSubType",
    "CicLookup",
    "Country",
    "CountryIpLocation",
    "CountryList",
    "Did",
    "DidClassification",
    "DidClassificationList",
    "DidCreate",
    "DidEmergency",
    "DidEmergencyLocation",
    "DidEmergencyUpdate",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupList",
    "DidGroupUpdate",
    "DidLineInformation",
    "DidLineInformationClassOfService",
    "DidLineInformationPrivacy",
    "DidLineInformationScreening",
    "DidLineInformationUpdate",
    "DidList",
    "DidStatus",
    "DidUpdate",
    "Endpoint",
    "EndpointAddress",
    "EndpointAddressInput",
    "EndpointAttributes",
    "EndpointCreate",
    "EndpointList",
    "EndpointProperties",
    "EndpointPropertiesInput",
    "EndpointTransformation",
    "EndpointType",
    "EndpointUpdate",
    "Error",
    "ErrorItem",
    "HttpMethod",
    "Invoice",
    "InvoiceEmailsRequest",
    "InvoiceItem",
    "InvoiceList",
    "InvoicePayItem",
    "InvoiceTaxItem",
    "IpAddressLookup",
    "ListEnvelope",
    "LrnPrefix",
    "LrnPrefixCreate",
    "LrnPrefixList",
    "LrnPrefixUpdate",
    "Message",
    "MessageCreate",
    "MessageDetailRecord",
    "MessageDetailRecordList",
    "MessageDetailRecordUpdate",
    "MessageDirection",
    "MessageList",
    "MessageStatus",
    "MessageType",
    "MessageUpdate",
    "OAuthRevokeRequest",
    "OAuthSubPartnerTokenRequest",
    "OAuthToken",
    "OAuthTokenList",
    "OAuthTokenRequest",
    "OAuthTokenUpdate",
    "Pagination",
    "Partner",
    "PartnerAttributes",
    "PartnerCallbacks",
    "PartnerCallbacksInput",
    "PartnerCreate",
    "PartnerList",
    "PartnerLogin",
    "PartnerLoginCreate",
    "PartnerLoginList",
    "PartnerLoginUpdate",
    "PartnerPaymentType",
    "PartnerStatus",
    "PartnerTransformation",
    "PartnerUpdate",
    "PhonenumberAttributes",
    "PhonenumberCoverage",
    "PhonenumberCoverageList",
    "PhonenumberLookup",
    "PhonenumberLookupCarrier",
    "PhonenumberLookupCnam",
    "PhonenumberLookupDetails",
    "PhonenumberLookupLrn",
    "PhonenumberRatesPlan",
    "PhonenumberTransformation",
    "Prefix",
    "PrefixCreate",
    "PrefixList",
    "PrefixUpdate",
    "PushApplication",
    "PushApplicationCreate",
    "PushApplicationList",
    "PushApplicationPartner",
    "PushApplicationUpdate",
    "PushDevice",
    "PushDeviceCreate",
    "PushDeviceEnvironment",
    "PushDeviceList",
    "PushDevicePartner",
    "PushDeviceType",
    "PushDeviceUpdate",
    "PushNotificationCreate",
    "PushNotificationData",
    "PushNotificationResult",
    "PushNotificationResults",
    "RateDidTier",
    "RateDidTierList",
    "RatingCallResponse",
    "RatingDirection",
    "RatingMccMncResponse",
    "RatingMessageSubType",
    "RatingVoipSubType",
    "RespOrgLookup",
    "ShortCode",
    "ShortCodeList",
    "ShortCodeUpdate",
    "ShortenerDomain",
    "ShortenerDomainCreate",
    "ShortenerDomainList",
    "ShortenerDomainScope",
    "ShortenerDomainSecure",
    "ShortenerDomainUpdate",
    "ShortenerLink",
    "ShortenerLinkCreate",
    "ShortenerLinkList",
    "ShortenerLinkUpdate",
    "ShortenerMode",
    "ShortenerStatusCodeClass",
    "SmsRate",
    "SmsRateList",
    "SmsRatesPlan",
    "SmsRateSubType",
    "StorageContainer",
    "StorageContainerCreate",
    "StorageContainerExternalAttributes",
    "StorageContainerList",
    "StorageContainerUpdate",
    "StorageContentClassification",
    "StorageDurabilityClass",
    "StorageFile",
    "StorageFileBitrate",
    "StorageFileCreate",
    "StorageFileList",
    "StorageFileUpdate",
    "StorageFileUpload",
    "Trunk",
    "TrunkAccessControlList",
    "TrunkAccessControlRule",
    "TrunkAclRuleOperation",
    "TrunkAclRuleQuantifier",
    "TrunkAllowForward",
    "TrunkAsnMode",
    "TrunkCodec",
    "TrunkCreate",
    "TrunkGroup",
    "TrunkGroupCreate",
    "TrunkGroupExternalHandler",
    "TrunkGroupHardFailureLastResort",
    "TrunkGroupList",
    "TrunkGroupPartner",
    "TrunkGroupRoutingData",
    "TrunkGroupUpdate",
    "TrunkList",
    "TrunkTransformation",
    "TrunkUpdate",
    "TtsTextCreate",
    "TtsVoice",
    "TtsVoiceLanguages",
    "TtsVoiceList",
    "Verification",
    "VerificationCodeType",
    "VerificationEmailCreate",
    "VerificationEmailTemplate",
    "VerificationEmailTemplateList",
    "VerificationEmailTemplateType",
    "VerificationSmsResult",
    "VerificationStatus",
)
