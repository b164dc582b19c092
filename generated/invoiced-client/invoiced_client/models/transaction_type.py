from enum import StrEnum


class TransactionType(StrEnum):
    ADJUSTMENT = "adjustment"
    CHARGE = "charge"
    PAYMENT = "payment"
    REFUND = "refund"

    def __str__(self) -> str:
        return str(self.value)
