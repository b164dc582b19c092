from typing import Literal

TransactionStatus = Literal["failed", "pending", "succeeded"]

TRANSACTION_STATUS_VALUES: set[TransactionStatus] = {
    "failed",
    "pending",
    "succeeded",
}


def check_transaction_status(value: str) -> TransactionStatus:
    if value in TRANSACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSACTION_STATUS_VALUES!r}")
