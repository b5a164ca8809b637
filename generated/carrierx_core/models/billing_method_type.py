from enum import StrEnum


class BillingMethodType(StrEnum):
    AMERICAN_EXPRESS = "american_express"
    CHECK = "check"
    DINERS_CLUB = "diners_club"
    DISCOVER_CARD = "discover_card"
    ELECTRONIC_CHECK = "electronic_check"
    INTERNATIONAL_MAESTRO = "international_maestro"
    JCB = "jcb"
    MASTER_CARD = "master_card"
    VISA = "visa"
    WIRE = "wire"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingMethodType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
