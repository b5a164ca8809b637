from enum import StrEnum


class BatchTaskStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    CREATED = "created"
    PENDING_REVIEW = "pending_review"
    QUEUED = "queued"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BatchTaskStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
