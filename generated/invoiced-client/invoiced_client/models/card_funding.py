from enum import StrEnum


class CardFunding(StrEnum):
    CREDIT = "credit"
    DEBIT = "debit"
    PREPAID = "prepaid"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
