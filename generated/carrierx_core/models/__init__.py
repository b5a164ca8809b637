"""Every model of the section, imported on first use (`from <package>.models import Did`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_control_action import AccessControlAction
    from .access_control_effective_acl import AccessControlEffectiveAcl
    from .access_control_effective_acl_list import AccessControlEffectiveAclList
    from .access_control_list import AccessControlList
    from .access_control_list_direction import AccessControlListDirection
    from .access_control_list_input import AccessControlListInput, AccessControlListInputParams
    from .access_control_rule import AccessControlRule
    from .access_control_rule_create import AccessControlRuleCreate, AccessControlRuleCreateParams
    from .access_control_rule_field import AccessControlRuleField
    from .access_control_rule_list import AccessControlRuleList
    from .access_control_rule_operation import AccessControlRuleOperation
    from .access_control_rule_quantifier import AccessControlRuleQuantifier
    from .access_control_rule_update import AccessControlRuleUpdate, AccessControlRuleUpdateParams
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
    from .batch_task_create import BatchTaskCreate, BatchTaskCreateParams
    from .batch_task_data_item import BatchTaskDataItem
    from .batch_task_error_detail import BatchTaskErrorDetail, BatchTaskErrorDetailParams
    from .batch_task_error_detail_list import BatchTaskErrorDetailList
    from .batch_task_list import BatchTaskList
    from .batch_task_method import BatchTaskMethod
    from .batch_task_status import BatchTaskStatus
    from .batch_task_type import BatchTaskType
    from .batch_task_update import BatchTaskUpdate, BatchTaskUpdateParams
    from .billing_method import BillingMethod
    from .billing_method_create import BillingMethodCreate, BillingMethodCreateParams
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
    from .did_create import DidCreate, DidCreateParams
    from .did_emergency import DidEmergency
    from .did_emergency_location import DidEmergencyLocation, DidEmergencyLocationParams
    from .did_emergency_update import DidEmergencyUpdate, DidEmergencyUpdateParams
    from .did_group import DidGroup
    from .did_group_create import DidGroupCreate, DidGroupCreateParams
    from .did_group_list import DidGroupList
    from .did_group_update import DidGroupUpdate, DidGroupUpdateParams
    from .did_line_information import DidLineInformation
    from .did_line_information_class_of_service import DidLineInformationClassOfService
    from .did_line_information_privacy import DidLineInformationPrivacy
    from .did_line_information_screening import DidLineInformationScreening
    from .did_line_information_update import DidLineInformationUpdate, DidLineInformationUpdateParams
    from .did_list import DidList
    from .did_status import DidStatus
    from .did_update import DidUpdate, DidUpdateParams
    from .endpoint import Endpoint
    from .endpoint_address import EndpointAddress
    from .endpoint_address_input import EndpointAddressInput, EndpointAddressInputParams
    from .endpoint_attributes import EndpointAttributes
    from .endpoint_create import EndpointCreate, EndpointCreateParams
    from .endpoint_list import EndpointList
    from .endpoint_properties import EndpointProperties
    from .endpoint_properties_input import EndpointPropertiesInput, EndpointPropertiesInputParams
    from .endpoint_transformation import EndpointTransformation
    from .endpoint_type import EndpointType
    from .endpoint_update import EndpointUpdate, EndpointUpdateParams
    from .error import Error, ErrorParams
    from .error_item import ErrorItem, ErrorItemParams
    from .http_method import HttpMethod
    from .invoice import Invoice
    from .invoice_emails_request import InvoiceEmailsRequest, InvoiceEmailsRequestParams
    from .invoice_item import InvoiceItem
    from .invoice_list import InvoiceList
    from .invoice_pay_item import InvoicePayItem
    from .invoice_tax_item import InvoiceTaxItem
    from .ip_address_lookup import IpAddressLookup
    from .list_envelope import ListEnvelope
    from .lrn_prefix import LrnPrefix
    from .lrn_prefix_create import LrnPrefixCreate, LrnPrefixCreateParams
    from .lrn_prefix_list import LrnPrefixList
    from .lrn_prefix_update import LrnPrefixUpdate, LrnPrefixUpdateParams
    from .message import Message
    from .message_create import MessageCreate, MessageCreateParams
    from .message_detail_record import MessageDetailRecord
    from .message_detail_record_list import MessageDetailRecordList
    from .message_detail_record_update import MessageDetailRecordUpdate, MessageDetailRecordUpdateParams
    from .message_direction import MessageDirection
    from .message_list import MessageList
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .message_update import MessageUpdate, MessageUpdateParams
    from .o_auth_revoke_request import OAuthRevokeRequest, OAuthRevokeRequestParams
    from .o_auth_sub_partner_token_request import OAuthSubPartnerTokenRequest, OAuthSubPartnerTokenRequestParams
    from .o_auth_token import OAuthToken
    from .o_auth_token_list import OAuthTokenList
    from .o_auth_token_request import OAuthTokenRequest, OAuthTokenRequestParams
    from .o_auth_token_update import OAuthTokenUpdate, OAuthTokenUpdateParams
    from .pagination import Pagination
    from .partner import Partner
    from .partner_attributes import PartnerAttributes
    from .partner_callbacks import PartnerCallbacks
    from .partner_callbacks_input import PartnerCallbacksInput, PartnerCallbacksInputParams
    from .partner_create import PartnerCreate, PartnerCreateParams
    from .partner_list import PartnerList
    from .partner_login import PartnerLogin
    from .partner_login_create import PartnerLoginCreate, PartnerLoginCreateParams
    from .partner_login_list import PartnerLoginList
    from .partner_login_update import PartnerLoginUpdate, PartnerLoginUpdateParams
    from .partner_payment_type import PartnerPaymentType
    from .partner_status import PartnerStatus
    from .partner_transformation import PartnerTransformation
    from .partner_update import PartnerUpdate, PartnerUpdateParams
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
    from .prefix_create import PrefixCreate, PrefixCreateParams
    from .prefix_list import PrefixList
    from .prefix_update import PrefixUpdate, PrefixUpdateParams
    from .push_application import PushApplication
    from .push_application_create import PushApplicationCreate, PushApplicationCreateParams
    from .push_application_list import PushApplicationList
    from .push_application_partner import PushApplicationPartner
    from .push_application_update import PushApplicationUpdate, PushApplicationUpdateParams
    from .push_device import PushDevice
    from .push_device_create import PushDeviceCreate, PushDeviceCreateParams
    from .push_device_environment import PushDeviceEnvironment
    from .push_device_list import PushDeviceList
    from .push_device_partner import PushDevicePartner
    from .push_device_type import PushDeviceType
    from .push_device_update import PushDeviceUpdate, PushDeviceUpdateParams
    from .push_notification_create import PushNotificationCreate, PushNotificationCreateParams
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
    from .short_code_update import ShortCodeUpdate, ShortCodeUpdateParams
    from .shortener_domain import ShortenerDomain
    from .shortener_domain_create import ShortenerDomainCreate, ShortenerDomainCreateParams
    from .shortener_domain_list import ShortenerDomainList
    from .shortener_domain_scope import ShortenerDomainScope
    from .shortener_domain_secure import ShortenerDomainSecure
    from .shortener_domain_update import ShortenerDomainUpdate, ShortenerDomainUpdateParams
    from .shortener_link import ShortenerLink
    from .shortener_link_create import ShortenerLinkCreate, ShortenerLinkCreateParams
    from .shortener_link_list import ShortenerLinkList
    from .shortener_link_update import ShortenerLinkUpdate, ShortenerLinkUpdateParams
    from .shortener_mode import ShortenerMode
    from .shortener_status_code_class import ShortenerStatusCodeClass
    from .sms_rate import SmsRate
    from .sms_rate_list import SmsRateList
    from .sms_rate_sub_type import SmsRateSubType
    from .sms_rates_plan import SmsRatesPlan
    from .storage_container import StorageContainer
    from .storage_container_create import StorageContainerCreate, StorageContainerCreateParams
    from .storage_container_external_attributes import StorageContainerExternalAttributes
    from .storage_container_list import StorageContainerList
    from .storage_container_update import StorageContainerUpdate, StorageContainerUpdateParams
    from .storage_content_classification import StorageContentClassification
    from .storage_durability_class import StorageDurabilityClass
    from .storage_file import StorageFile
    from .storage_file_bitrate import StorageFileBitrate
    from .storage_file_create import StorageFileCreate, StorageFileCreateParams
    from .storage_file_list import StorageFileList
    from .storage_file_update import StorageFileUpdate, StorageFileUpdateParams
    from .storage_file_upload import StorageFileUpload, StorageFileUploadParams
    from .trunk import Trunk, TrunkParams
    from .trunk_access_control_list import TrunkAccessControlList, TrunkAccessControlListParams
    from .trunk_access_control_rule import TrunkAccessControlRule, TrunkAccessControlRuleParams
    from .trunk_acl_rule_operation import TrunkAclRuleOperation
    from .trunk_acl_rule_quantifier import TrunkAclRuleQuantifier
    from .trunk_allow_forward import TrunkAllowForward
    from .trunk_asn_mode import TrunkAsnMode
    from .trunk_codec import TrunkCodec
    from .trunk_create import TrunkCreate, TrunkCreateParams
    from .trunk_group import TrunkGroup
    from .trunk_group_create import TrunkGroupCreate, TrunkGroupCreateParams
    from .trunk_group_external_handler import TrunkGroupExternalHandler
    from .trunk_group_hard_failure_last_resort import TrunkGroupHardFailureLastResort
    from .trunk_group_list import TrunkGroupList
    from .trunk_group_partner import TrunkGroupPartner
    from .trunk_group_routing_data import TrunkGroupRoutingData
    from .trunk_group_update import TrunkGroupUpdate, TrunkGroupUpdateParams
    from .trunk_list import TrunkList
    from .trunk_transformation import TrunkTransformation
    from .trunk_update import TrunkUpdate, TrunkUpdateParams
    from .tts_text_create import TtsTextCreate, TtsTextCreateParams
    from .tts_voice import TtsVoice
    from .tts_voice_languages import TtsVoiceLanguages
    from .tts_voice_list import TtsVoiceList
    from .verification import Verification
    from .verification_code_type import VerificationCodeType
    from .verification_email_create import VerificationEmailCreate, VerificationEmailCreateParams
    from .verification_email_template import VerificationEmailTemplate
    from .verification_email_template_list import VerificationEmailTemplateList
    from .verification_email_template_type import VerificationEmailTemplateType
    from .verification_sms_result import VerificationSmsResult
    from .verification_status import VerificationStatus

_MODULES = {
    "AccessControlAction": ".access_control_action",
    "AccessControlEffectiveAcl": ".access_control_effective_acl",
    "AccessControlEffectiveAclList": ".access_control_effective_acl_list",
    "AccessControlList": ".access_control_list",
    "AccessControlListDirection": ".access_control_list_direction",
    "AccessControlListInput": ".access_control_list_input",
    "AccessControlListInputParams": ".access_control_list_input",
    "AccessControlRule": ".access_control_rule",
    "AccessControlRuleCreate": ".access_control_rule_create",
    "AccessControlRuleCreateParams": ".access_control_rule_create",
    "AccessControlRuleField": ".access_control_rule_field",
    "AccessControlRuleList": ".access_control_rule_list",
    "AccessControlRuleOperation": ".access_control_rule_operation",
    "AccessControlRuleQuantifier": ".access_control_rule_quantifier",
    "AccessControlRuleUpdate": ".access_control_rule_update",
    "AccessControlRuleUpdateParams": ".access_control_rule_update",
    "AppConferenceCall": ".app_conference_call",
    "AppConferenceCallCustomType": ".app_conference_call_custom_type",
    "AppConferenceCallDirection": ".app_conference_call_direction",
    "AppConferenceCallList": ".app_conference_call_list",
    "AppConferenceMeeting": ".app_conference_meeting",
    "AppConferenceMeetingList": ".app_conference_meeting_list",
    "AppMediatorCall": ".app_mediator_call",
    "AppMediatorCallAttributes": ".app_mediator_call_attributes",
    "AppMediatorCallList": ".app_mediator_call_list",
    "BatchReview": ".batch_review",
    "BatchReviewItem": ".batch_review_item",
    "BatchReviewItemFields": ".batch_review_item_fields",
    "BatchReviewMethod": ".batch_review_method",
    "BatchTask": ".batch_task",
    "BatchTaskCreate": ".batch_task_create",
    "BatchTaskCreateParams": ".batch_task_create",
    "BatchTaskDataItem": ".batch_task_data_item",
    "BatchTaskErrorDetail": ".batch_task_error_detail",
    "BatchTaskErrorDetailParams": ".batch_task_error_detail",
    "BatchTaskErrorDetailList": ".batch_task_error_detail_list",
    "BatchTaskList": ".batch_task_list",
    "BatchTaskMethod": ".batch_task_method",
    "BatchTaskStatus": ".batch_task_status",
    "BatchTaskType": ".batch_task_type",
    "BatchTaskUpdate": ".batch_task_update",
    "BatchTaskUpdateParams": ".batch_task_update",
    "BillingMethod": ".billing_method",
    "BillingMethodCreate": ".billing_method_create",
    "BillingMethodCreateParams": ".billing_method_create",
    "BillingMethodType": ".billing_method_type",
    "CallDetailRecord": ".call_detail_record",
    "CallDetailRecordDirection": ".call_detail_record_direction",
    "CallDetailRecordList": ".call_detail_record_list",
    "CallRate": ".call_rate",
    "CallRateList": ".call_rate_list",
    "CallRatePlan": ".call_rate_plan",
    "CallRateVoipSubType": ".call_rate_voip_sub_type",
    "CicLookup": ".cic_lookup",
    "Country": ".country",
    "CountryIpLocation": ".country_ip_location",
    "CountryList": ".country_list",
    "Did": ".did",
    "DidClassification": ".did_classification",
    "DidClassificationList": ".did_classification_list",
    "DidCreate": ".did_create",
    "DidCreateParams": ".did_create",
    "DidEmergency": ".did_emergency",
    "DidEmergencyLocation": ".did_emergency_location",
    "DidEmergencyLocationParams": ".did_emergency_location",
    "DidEmergencyUpdate": ".did_emergency_update",
    "DidEmergencyUpdateParams": ".did_emergency_update",
    "DidGroup": ".did_group",
    "DidGroupCreate": ".did_group_create",
    "DidGroupCreateParams": ".did_group_create",
    "DidGroupList": ".did_group_list",
    "DidGroupUpdate": ".did_group_update",
    "DidGroupUpdateParams": ".did_group_update",
    "DidLineInformation": ".did_line_information",
    "DidLineInformationClassOfService": ".did_line_information_class_of_service",
    "DidLineInformationPrivacy": ".did_line_information_privacy",
    "DidLineInformationScreening": ".did_line_information_screening",
    "DidLineInformationUpdate": ".did_line_information_update",
    "DidLineInformationUpdateParams": ".did_line_information_update",
    "DidList": ".did_list",
    "DidStatus": ".did_status",
    "DidUpdate": ".did_update",
    "DidUpdateParams": ".did_update",
    "Endpoint": ".endpoint",
    "EndpointAddress": ".endpoint_address",
    "EndpointAddressInput": ".endpoint_address_input",
    "EndpointAddressInputParams": ".endpoint_address_input",
    "EndpointAttributes": ".endpoint_attributes",
    "EndpointCreate": ".endpoint_create",
    "EndpointCreateParams": ".endpoint_create",
    "EndpointList": ".endpoint_list",
    "EndpointProperties": ".endpoint_properties",
    "EndpointPropertiesInput": ".endpoint_properties_input",
    "EndpointPropertiesInputParams": ".endpoint_properties_input",
    "EndpointTransformation": ".endpoint_transformation",
    "EndpointType": ".endpoint_type",
    "EndpointUpdate": ".endpoint_update",
    "EndpointUpdateParams": ".endpoint_update",
    "Error": ".error",
    "ErrorParams": ".error",
    "ErrorItem": ".error_item",
    "ErrorItemParams": ".error_item",
    "HttpMethod": ".http_method",
    "Invoice": ".invoice",
    "InvoiceEmailsRequest": ".invoice_emails_request",
    "InvoiceEmailsRequestParams": ".invoice_emails_request",
    "InvoiceItem": ".invoice_item",
    "InvoiceList": ".invoice_list",
    "InvoicePayItem": ".invoice_pay_item",
    "InvoiceTaxItem": ".invoice_tax_item",
    "IpAddressLookup": ".ip_address_lookup",
    "ListEnvelope": ".list_envelope",
    "LrnPrefix": ".lrn_prefix",
    "LrnPrefixCreate": ".lrn_prefix_create",
    "LrnPrefixCreateParams": ".lrn_prefix_create",
    "LrnPrefixList": ".lrn_prefix_list",
    "LrnPrefixUpdate": ".lrn_prefix_update",
    "LrnPrefixUpdateParams": ".lrn_prefix_update",
    "Message": ".message",
    "MessageCreate": ".message_create",
    "MessageCreateParams": ".message_create",
    "MessageDetailRecord": ".message_detail_record",
    "MessageDetailRecordList": ".message_detail_record_list",
    "MessageDetailRecordUpdate": ".message_detail_record_update",
    "MessageDetailRecordUpdateParams": ".message_detail_record_update",
    "MessageDirection": ".message_direction",
    "MessageList": ".message_list",
    "MessageStatus": ".message_status",
    "MessageType": ".message_type",
    "MessageUpdate": ".message_update",
    "MessageUpdateParams": ".message_update",
    "OAuthRevokeRequest": ".o_auth_revoke_request",
    "OAuthRevokeRequestParams": ".o_auth_revoke_request",
    "OAuthSubPartnerTokenRequest": ".o_auth_sub_partner_token_request",
    "OAuthSubPartnerTokenRequestParams": ".o_auth_sub_partner_token_request",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenList": ".o_auth_token_list",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenRequestParams": ".o_auth_token_request",
    "OAuthTokenUpdate": ".o_auth_token_update",
    "OAuthTokenUpdateParams": ".o_auth_token_update",
    "Pagination": ".pagination",
    "Partner": ".partner",
    "PartnerAttributes": ".partner_attributes",
    "PartnerCallbacks": ".partner_callbacks",
    "PartnerCallbacksInput": ".partner_callbacks_input",
    "PartnerCallbacksInputParams": ".partner_callbacks_input",
    "PartnerCreate": ".partner_create",
    "PartnerCreateParams": ".partner_create",
    "PartnerList": ".partner_list",
    "PartnerLogin": ".partner_login",
    "PartnerLoginCreate": ".partner_login_create",
    "PartnerLoginCreateParams": ".partner_login_create",
    "PartnerLoginList": ".partner_login_list",
    "PartnerLoginUpdate": ".partner_login_update",
    "PartnerLoginUpdateParams": ".partner_login_update",
    "PartnerPaymentType": ".partner_payment_type",
    "PartnerStatus": ".partner_status",
    "PartnerTransformation": ".partner_transformation",
    "PartnerUpdate": ".partner_update",
    "PartnerUpdateParams": ".partner_update",
    "PhonenumberAttributes": ".phonenumber_attributes",
    "PhonenumberCoverage": ".phonenumber_coverage",
    "PhonenumberCoverageList": ".phonenumber_coverage_list",
    "PhonenumberLookup": ".phonenumber_lookup",
    "PhonenumberLookupCarrier": ".phonenumber_lookup_carrier",
    "PhonenumberLookupCnam": ".phonenumber_lookup_cnam",
    "PhonenumberLookupDetails": ".phonenumber_lookup_details",
    "PhonenumberLookupLrn": ".phonenumber_lookup_lrn",
    "PhonenumberRatesPlan": ".phonenumber_rates_plan",
    "PhonenumberTransformation": ".phonenumber_transformation",
    "Prefix": ".prefix",
    "PrefixCreate": ".prefix_create",
    "PrefixCreateParams": ".prefix_create",
    "PrefixList": ".prefix_list",
    "PrefixUpdate": ".prefix_update",
    "PrefixUpdateParams": ".prefix_update",
    "PushApplication": ".push_application",
    "PushApplicationCreate": ".push_application_create",
    "PushApplicationCreateParams": ".push_application_create",
    "PushApplicationList": ".push_application_list",
    "PushApplicationPartner": ".push_application_partner",
    "PushApplicationUpdate": ".push_application_update",
    "PushApplicationUpdateParams": ".push_application_update",
    "PushDevice": ".push_device",
    "PushDeviceCreate": ".push_device_create",
    "PushDeviceCreateParams": ".push_device_create",
    "PushDeviceEnvironment": ".push_device_environment",
    "PushDeviceList": ".push_device_list",
    "PushDevicePartner": ".push_device_partner",
    "PushDeviceType": ".push_device_type",
    "PushDeviceUpdate": ".push_device_update",
    "PushDeviceUpdateParams": ".push_device_update",
    "PushNotificationCreate": ".push_notification_create",
    "PushNotificationCreateParams": ".push_notification_create",
    "PushNotificationData": ".push_notification_data",
    "PushNotificationResult": ".push_notification_result",
    "PushNotificationResults": ".push_notification_results",
    "RateDidTier": ".rate_did_tier",
    "RateDidTierList": ".rate_did_tier_list",
    "RatingCallResponse": ".rating_call_response",
    "RatingDirection": ".rating_direction",
    "RatingMccMncResponse": ".rating_mcc_mnc_response",
    "RatingMessageSubType": ".rating_message_sub_type",
    "RatingVoipSubType": ".rating_voip_sub_type",
    "RespOrgLookup": ".resp_org_lookup",
    "ShortCode": ".short_code",
    "ShortCodeList": ".short_code_list",
    "ShortCodeUpdate": ".short_code_update",
    "ShortCodeUpdateParams": ".short_code_update",
    "ShortenerDomain": ".shortener_domain",
    "ShortenerDomainCreate": ".shortener_domain_create",
    "ShortenerDomainCreateParams": ".shortener_domain_create",
    "ShortenerDomainList": ".shortener_domain_list",
    "ShortenerDomainScope": ".shortener_domain_scope",
    "ShortenerDomainSecure": ".shortener_domain_secure",
    "ShortenerDomainUpdate": ".shortener_domain_update",
    "ShortenerDomainUpdateParams": ".shortener_domain_update",
    "ShortenerLink": ".shortener_link",
    "ShortenerLinkCreate": ".shortener_link_create",
    "ShortenerLinkCreateParams": ".shortener_link_create",
    "ShortenerLinkList": ".shortener_link_list",
    "ShortenerLinkUpdate": ".shortener_link_update",
    "ShortenerLinkUpdateParams": ".shortener_link_update",
    "ShortenerMode": ".shortener_mode",
    "ShortenerStatusCodeClass": ".shortener_status_code_class",
    "SmsRate": ".sms_rate",
    "SmsRateList": ".sms_rate_list",
    "SmsRateSubType": ".sms_rate_sub_type",
    "SmsRatesPlan": ".sms_rates_plan",
    "StorageContainer": ".storage_container",
    "StorageContainerCreate": ".storage_container_create",
    "StorageContainerCreateParams": ".storage_container_create",
    "StorageContainerExternalAttributes": ".storage_container_external_attributes",
    "StorageContainerList": ".storage_container_list",
    "StorageContainerUpdate": ".storage_container_update",
    "StorageContainerUpdateParams": ".storage_container_update",
    "StorageContentClassification": ".storage_content_classification",
    "StorageDurabilityClass": ".storage_durability_class",
    "StorageFile": ".storage_file",
    "StorageFileBitrate": ".storage_file_bitrate",
    "StorageFileCreate": ".storage_file_create",
    "StorageFileCreateParams": ".storage_file_create",
    "StorageFileList": ".storage_file_list",
    "StorageFileUpdate": ".storage_file_update",
    "StorageFileUpdateParams": ".storage_file_update",
    "StorageFileUpload": ".storage_file_upload",
    "StorageFileUploadParams": ".storage_file_upload",
    "Trunk": ".trunk",
    "TrunkParams": ".trunk",
    "TrunkAccessControlList": ".trunk_access_control_list",
    "TrunkAccessControlListParams": ".trunk_access_control_list",
    "TrunkAccessControlRule": ".trunk_access_control_rule",
    "TrunkAccessControlRuleParams": ".trunk_access_control_rule",
    "TrunkAclRuleOperation": ".trunk_acl_rule_operation",
    "TrunkAclRuleQuantifier": ".trunk_acl_rule_quantifier",
    "TrunkAllowForward": ".trunk_allow_forward",
    "TrunkAsnMode": ".trunk_asn_mode",
    "TrunkCodec": ".trunk_codec",
    "TrunkCreate": ".trunk_create",
    "TrunkCreateParams": ".trunk_create",
    "TrunkGroup": ".trunk_group",
    "TrunkGroupCreate": ".trunk_group_create",
    "TrunkGroupCreateParams": ".trunk_group_create",
    "TrunkGroupExternalHandler": ".trunk_group_external_handler",
    "TrunkGroupHardFailureLastResort": ".trunk_group_hard_failure_last_resort",
    "TrunkGroupList": ".trunk_group_list",
    "TrunkGroupPartner": ".trunk_group_partner",
    "TrunkGroupRoutingData": ".trunk_group_routing_data",
    "TrunkGroupUpdate": ".trunk_group_update",
    "TrunkGroupUpdateParams": ".trunk_group_update",
    "TrunkList": ".trunk_list",
    "TrunkTransformation": ".trunk_transformation",
    "TrunkUpdate": ".trunk_update",
    "TrunkUpdateParams": ".trunk_update",
    "TtsTextCreate": ".tts_text_create",
    "TtsTextCreateParams": ".tts_text_create",
    "TtsVoice": ".tts_voice",
    "TtsVoiceLanguages": ".tts_voice_languages",
    "TtsVoiceList": ".tts_voice_list",
    "Verification": ".verification",
    "VerificationCodeType": ".verification_code_type",
    "VerificationEmailCreate": ".verification_email_create",
    "VerificationEmailCreateParams": ".verification_email_create",
    "VerificationEmailTemplate": ".verification_email_template",
    "VerificationEmailTemplateList": ".verification_email_template_list",
    "VerificationEmailTemplateType": ".verification_email_template_type",
    "VerificationSmsResult": ".verification_sms_result",
    "VerificationStatus": ".verification_status",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AccessControlAction",
    "AccessControlEffectiveAcl",
    "AccessControlEffectiveAclList",
    "AccessControlList",
    "AccessControlListDirection",
    "AccessControlListInput",
    "AccessControlListInputParams",
    "AccessControlRule",
    "AccessControlRuleCreate",
    "AccessControlRuleCreateParams",
    "AccessControlRuleField",
    "AccessControlRuleList",
    "AccessControlRuleOperation",
    "AccessControlRuleQuantifier",
    "AccessControlRuleUpdate",
    "AccessControlRuleUpdateParams",
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
    "BatchTaskCreateParams",
    "BatchTaskDataItem",
    "BatchTaskErrorDetail",
    "BatchTaskErrorDetailParams",
    "BatchTaskErrorDetailList",
    "BatchTaskList",
    "BatchTaskMethod",
    "BatchTaskStatus",
    "BatchTaskType",
    "BatchTaskUpdate",
    "BatchTaskUpdateParams",
    "BillingMethod",
    "BillingMethodCreate",
    "BillingMethodCreateParams",
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
    "DidCreateParams",
    "DidEmergency",
    "DidEmergencyLocation",
    "DidEmergencyLocationParams",
    "DidEmergencyUpdate",
    "DidEmergencyUpdateParams",
    "DidGroup",
    "DidGroupCreate",
    "DidGroupCreateParams",
    "DidGroupList",
    "DidGroupUpdate",
    "DidGroupUpdateParams",
    "DidLineInformation",
    "DidLineInformationClassOfService",
    "DidLineInformationPrivacy",
    "DidLineInformationScreening",
    "DidLineInformationUpdate",
    "DidLineInformationUpdateParams",
    "DidList",
    "DidStatus",
    "DidUpdate",
    "DidUpdateParams",
    "Endpoint",
    "EndpointAddress",
    "EndpointAddressInput",
    "EndpointAddressInputParams",
    "EndpointAttributes",
    "EndpointCreate",
    "EndpointCreateParams",
    "EndpointList",
    "EndpointProperties",
    "EndpointPropertiesInput",
    "EndpointPropertiesInputParams",
    "EndpointTransformation",
    "EndpointType",
    "EndpointUpdate",
    "EndpointUpdateParams",
    "Error",
    "ErrorParams",
    "ErrorItem",
    "ErrorItemParams",
    "HttpMethod",
    "Invoice",
    "InvoiceEmailsRequest",
    "InvoiceEmailsRequestParams",
    "InvoiceItem",
    "InvoiceList",
    "InvoicePayItem",
    "InvoiceTaxItem",
    "IpAddressLookup",
    "ListEnvelope",
    "LrnPrefix",
    "LrnPrefixCreate",
    "LrnPrefixCreateParams",
    "LrnPrefixList",
    "LrnPrefixUpdate",
    "LrnPrefixUpdateParams",
    "Message",
    "MessageCreate",
    "MessageCreateParams",
    "MessageDetailRecord",
    "MessageDetailRecordList",
    "MessageDetailRecordUpdate",
    "MessageDetailRecordUpdateParams",
    "MessageDirection",
    "MessageList",
    "MessageStatus",
    "MessageType",
    "MessageUpdate",
    "MessageUpdateParams",
    "OAuthRevokeRequest",
    "OAuthRevokeRequestParams",
    "OAuthSubPartnerTokenRequest",
    "OAuthSubPartnerTokenRequestParams",
    "OAuthToken",
    "OAuthTokenList",
    "OAuthTokenRequest",
    "OAuthTokenRequestParams",
    "OAuthTokenUpdate",
    "OAuthTokenUpdateParams",
    "Pagination",
    "Partner",
    "PartnerAttributes",
    "PartnerCallbacks",
    "PartnerCallbacksInput",
    "PartnerCallbacksInputParams",
    "PartnerCreate",
    "PartnerCreateParams",
    "PartnerList",
    "PartnerLogin",
    "PartnerLoginCreate",
    "PartnerLoginCreateParams",
    "PartnerLoginList",
    "PartnerLoginUpdate",
    "PartnerLoginUpdateParams",
    "PartnerPaymentType",
    "PartnerStatus",
    "PartnerTransformation",
    "PartnerUpdate",
    "PartnerUpdateParams",
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
    "PrefixCreateParams",
    "PrefixList",
    "PrefixUpdate",
    "PrefixUpdateParams",
    "PushApplication",
    "PushApplicationCreate",
    "PushApplicationCreateParams",
    "PushApplicationList",
    "PushApplicationPartner",
    "PushApplicationUpdate",
    "PushApplicationUpdateParams",
    "PushDevice",
    "PushDeviceCreate",
    "PushDeviceCreateParams",
    "PushDeviceEnvironment",
    "PushDeviceList",
    "PushDevicePartner",
    "PushDeviceType",
    "PushDeviceUpdate",
    "PushDeviceUpdateParams",
    "PushNotificationCreate",
    "PushNotificationCreateParams",
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
    "ShortCodeUpdateParams",
    "ShortenerDomain",
    "ShortenerDomainCreate",
    "ShortenerDomainCreateParams",
    "ShortenerDomainList",
    "ShortenerDomainScope",
    "ShortenerDomainSecure",
    "ShortenerDomainUpdate",
    "ShortenerDomainUpdateParams",
    "ShortenerLink",
    "ShortenerLinkCreate",
    "ShortenerLinkCreateParams",
    "ShortenerLinkList",
    "ShortenerLinkUpdate",
    "ShortenerLinkUpdateParams",
    "ShortenerMode",
    "ShortenerStatusCodeClass",
    "SmsRate",
    "SmsRateList",
    "SmsRatesPlan",
    "SmsRateSubType",
    "StorageContainer",
    "StorageContainerCreate",
    "StorageContainerCreateParams",
    "StorageContainerExternalAttributes",
    "StorageContainerList",
    "StorageContainerUpdate",
    "StorageContainerUpdateParams",
    "StorageContentClassification",
    "StorageDurabilityClass",
    "StorageFile",
    "StorageFileBitrate",
    "StorageFileCreate",
    "StorageFileCreateParams",
    "StorageFileList",
    "StorageFileUpdate",
    "StorageFileUpdateParams",
    "StorageFileUpload",
    "StorageFileUploadParams",
    "Trunk",
    "TrunkParams",
    "TrunkAccessControlList",
    "TrunkAccessControlListParams",
    "TrunkAccessControlRule",
    "TrunkAccessControlRuleParams",
    "TrunkAclRuleOperation",
    "TrunkAclRuleQuantifier",
    "TrunkAllowForward",
    "TrunkAsnMode",
    "TrunkCodec",
    "TrunkCreate",
    "TrunkCreateParams",
    "TrunkGroup",
    "TrunkGroupCreate",
    "TrunkGroupCreateParams",
    "TrunkGroupExternalHandler",
    "TrunkGroupHardFailureLastResort",
    "TrunkGroupList",
    "TrunkGroupPartner",
    "TrunkGroupRoutingData",
    "TrunkGroupUpdate",
    "TrunkGroupUpdateParams",
    "TrunkList",
    "TrunkTransformation",
    "TrunkUpdate",
    "TrunkUpdateParams",
    "TtsTextCreate",
    "TtsTextCreateParams",
    "TtsVoice",
    "TtsVoiceLanguages",
    "TtsVoiceList",
    "Verification",
    "VerificationCodeType",
    "VerificationEmailCreate",
    "VerificationEmailCreateParams",
    "VerificationEmailTemplate",
    "VerificationEmailTemplateList",
    "VerificationEmailTemplateType",
    "VerificationSmsResult",
    "VerificationStatus",
)
