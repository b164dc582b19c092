from enum import StrEnum


class EmailState(StrEnum):
    BOUNCED = "bounced"
    QUEUED = "queued"
    REJECTED = "rejected"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
