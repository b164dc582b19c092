from enum import StrEnum


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"
    NOT_STARTED = "not_started"
    PAST_DUE = "past_due"

    def __str__(self) -> str:
        return str(self.value)
