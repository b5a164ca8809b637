from enum import StrEnum


class VerificationEmailTemplateType(StrEnum):
    EMAIL_ADDRESS_VERIFICATION = "email_address_verification"
    EMAIL_PARTNER_REVIEW = "email_partner_review"
    FORGOT_PARTNER_PASSWORD = "forgot_partner_password"
    INVOICE = "invoice"
    LOW_BALANCE_PARTNER_NOTIFICATION = "low_balance_partner_notification"
    NEW_PARTNER_WELCOME = "new_partner_welcome"
    SUSPENDED_PARTNER_NOTIFICATION = "suspended_partner_notification"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VerificationEmailTemplateType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
