from typing import Literal

InvoiceFilterStatus = Literal["draft", "not_sent", "overpaid", "paid", "past_due", "pending", "sent", "viewed"]

INVOICE_FILTER_STATUS_VALUES: set[InvoiceFilterStatus] = {
    "draft",
    "not_sent",
    "overpaid",
    "paid",
    "past_due",
    "pending",
    "sent",
    "viewed",
}


def check_invoice_filter_status(value: str) -> InvoiceFilterStatus:
    if value in INVOICE_FILTER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_FILTER_STATUS_VALUES!r}")
