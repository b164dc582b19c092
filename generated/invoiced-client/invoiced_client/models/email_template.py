from typing import Literal

EmailTemplate = Literal["new_invoice_email", "payment_receipt_email", "statement_email"]

EMAIL_TEMPLATE_VALUES: set[EmailTemplate] = {
    "new_invoice_email",
    "payment_receipt_email",
    "statement_email",
}


def check_email_template(value: str) -> EmailTemplate:
    if value in EMAIL_TEMPLATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_TEMPLATE_VALUES!r}")
