from enum import StrEnum


class ShortenerStatusCodeClass(StrEnum):
    VALUE_0 = "2xx"
    VALUE_1 = "4xx"
    VALUE_2 = "5xx"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShortenerStatusCodeClass | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
