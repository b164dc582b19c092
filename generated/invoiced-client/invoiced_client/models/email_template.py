from enum import StrEnum


class EmailTemplate(StrEnum):
    NEW_INVOICE_EMAIL = "new_invoice_email"
    PAYMENT_RECEIPT_EMAIL = "payment_receipt_email"
    STATEMENT_EMAIL = "statement_email"

    def __str__(self) -> str:
        return str(self.value)
