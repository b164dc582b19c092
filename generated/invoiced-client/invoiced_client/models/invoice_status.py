from enum import StrEnum


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    NOT_SENT = "not_sent"
    OVERPAID = "overpaid"
    PAID = "paid"
    PAST_DUE = "past_due"
    PENDING = "pending"
    SENT = "sent"
    VIEWED = "viewed"

    def __str__(self) -> str:
        return str(self.value)
