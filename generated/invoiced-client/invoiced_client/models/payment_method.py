from enum import StrEnum


class PaymentMethod(StrEnum):
    ACH = "ach"
    BITCOIN = "bitcoin"
    CASH = "cash"
    CHECK = "check"
    CREDIT_CARD = "credit_card"
    OTHER = "other"
    PAYPAL = "paypal"
    WIRE_TRANSFER = "wire_transfer"

    def __str__(self) -> str:
        return str(self.value)
