from typing import Literal

InvoiceStatus = Literal["draft", "not_sent", "overpaid", "paid", "past_due", "pending", "sent", "viewed"]

INVOICE_STATUS_VALUES: set[InvoiceStatus] = {
    "draft",
    "not_sent",
    "overpaid",
    "paid",
    "past_due",
    "pending",
    "sent",
    "viewed",
}


def check_invoice_status(value: str) -> InvoiceStatus:
    if value in INVOICE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_STATUS_VALUES!r}")
