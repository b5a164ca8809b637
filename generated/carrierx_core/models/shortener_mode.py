from enum import StrEnum


class ShortenerMode(StrEnum):
    PROXY_PASS = "proxy_pass"
    REDIRECT_PERMANENT = "redirect_permanent"
    REDIRECT_TEMPORARY = "redirect_temporary"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShortenerMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
