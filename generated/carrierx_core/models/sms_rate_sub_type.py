from enum import StrEnum


class SmsRateSubType(StrEnum):
    SHORT_CODE = "short_code"
    TOLL = "toll"
    TOLL_FREE = "toll_free"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmsRateSubType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
