from typing import Literal

PaymentMethod = Literal["ach", "bitcoin", "cash", "check", "credit_card", "other", "paypal", "wire_transfer"]

PAYMENT_METHOD_VALUES: set[PaymentMethod] = {
    "ach",
    "bitcoin",
    "cash",
    "check",
    "credit_card",
    "other",
    "paypal",
    "wire_transfer",
}


def check_payment_method(value: str) -> PaymentMethod:
    if value in PAYMENT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_METHOD_VALUES!r}")
