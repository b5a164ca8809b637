from enum import StrEnum


class DidLineInformationScreening(StrEnum):
    ALLOW_ALL = "allow_all"
    BLOCK_COLLECT = "block_collect"
    BLOCK_THIRD_NUMBER = "block_third_number"
    BLOCK_THIRD_NUMBER_COLLECT = "block_third_number_collect"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DidLineInformationScreening | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
