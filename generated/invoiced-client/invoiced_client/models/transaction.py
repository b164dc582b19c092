from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PAYMENT_METHOD_VALUES, PaymentMethod, check_payment_method
from ..models.transaction_status import TRANSACTION_STATUS_VALUES, TransactionStatus, check_transaction_status
from ..models.transaction_type import TRANSACTION_TYPE_VALUES, TransactionType, check_transaction_type

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "customer",
        "invoice",
        "theme",
        "date",
        "type",
        "method",
        "status",
        "gateway",
        "gateway_id",
        "currency",
        "amount",
        "fee",
        "notes",
        "sent",
        "failure_reason",
        "parent_transaction",
        "pdf_url",
        "created_at",
    }
)


@_attrs_define
class Transaction:
    """Money moving between you and a customer.

    Attributes:
        id (int): Unique integer ID of an object.
        customer (Customer | int): The customer's ID, or the customer itself when expanded.
        invoice (int | Invoice | None): The invoice's ID, the invoice itself when expanded, or `null`.
        theme (None | str): ID of a custom theme to render with.
        date (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        type (TransactionType): What the transaction does: `charge` and `payment` bring money in,
            `refund` returns it, and `adjustment` changes the customer's credit.
        method (PaymentMethod): The instrument the money moved through.
        status (TransactionStatus): Whether the money moved.
        gateway (None | str): The payment gateway that processed it, if any.
        gateway_id (None | str): The gateway's ID for it, or the check number for checks.
        currency (str): Three-letter ISO 4217 currency code, in lower case.
        amount (float): An amount in the currency's major unit, rounded to two decimal places.
        fee (float): An amount in the currency's major unit, rounded to two decimal places.
        notes (None | str): Internal notes.
        sent (bool): Whether a receipt was sent.
        failure_reason (None | str): Why the transaction failed, for failed ones.
        parent_transaction (int | None): For refunds, the ID of the transaction refunded.
        pdf_url (str): Where the receipt can be downloaded as a PDF.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: int
    customer: Customer | int
    invoice: int | Invoice | None
    theme: None | str
    date: int
    type: TransactionType
    method: PaymentMethod
    status: TransactionStatus
    gateway: None | str
    gateway_id: None | str
    currency: str
    amount: float
    fee: float
    notes: None | str
    sent: bool
    failure_reason: None | str
    parent_transaction: int | None
    pdf_url: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer: dict[str, Any] | int
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        invoice: dict[str, Any] | int | None
        if isinstance(self.invoice, Invoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        theme: None | str
        theme = self.theme

        date = self.date

        type: str = self.type

        method: str = self.method

        status: str = self.status

        gateway: None | str
        gateway = self.gateway

        gateway_id: None | str
        gateway_id = self.gateway_id

        currency = self.currency

        amount = self.amount

        fee = self.fee

        notes: None | str
        notes = self.notes

        sent = self.sent

        failure_reason: None | str
        failure_reason = self.failure_reason

        parent_transaction: int | None
        parent_transaction = self.parent_transaction

        pdf_url = self.pdf_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer": customer,
                "invoice": invoice,
                "theme": theme,
                "date": date,
                "type": type,
                "method": method,
                "status": status,
                "gateway": gateway,
                "gateway_id": gateway_id,
                "currency": currency,
                "amount": amount,
                "fee": fee,
                "notes": notes,
                "sent": sent,
                "failure_reason": failure_reason,
                "parent_transaction": parent_transaction,
                "pdf_url": pdf_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        customer = src_dict["customer"]
        if isinstance(customer, dict):
            customer = Customer.from_dict(customer)

        invoice = src_dict["invoice"]
        if isinstance(invoice, dict):
            invoice = Invoice.from_dict(invoice)

        theme = src_dict["theme"]

        date = src_dict["date"]

        type = src_dict["type"]
        if type not in TRANSACTION_TYPE_VALUES:
            type = check_transaction_type(type)

        method = src_dict["method"]
        if method not in PAYMENT_METHOD_VALUES:
            method = check_payment_method(method)

        status = src_dict["status"]
        if status not in TRANSACTION_STATUS_VALUES:
            status = check_transaction_status(status)

        gateway = src_dict["gateway"]

        gateway_id = src_dict["gateway_id"]

        currency = src_dict["currency"]

        amount = src_dict["amount"]

        fee = src_dict["fee"]

        notes = src_dict["notes"]

        sent = src_dict["sent"]

        failure_reason = src_dict["failure_reason"]

        parent_transaction = src_dict["parent_transaction"]

        pdf_url = src_dict["pdf_url"]

        created_at = src_dict["created_at"]

        transaction = cls(
            id,
            customer,
            invoice,
            theme,
            date,
            type,
            method,
            status,
            gateway,
            gateway_id,
            currency,
            amount,
            fee,
            notes,
            sent,
            failure_reason,
            parent_transaction,
            pdf_url,
            created_at,
        )

        if len(src_dict) > 19:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                transaction.additional_properties = d
        return transaction

    @property
    def customer_id(self) -> int:
        """The ID of `customer`, whether or not the request expanded it."""
        value = self.customer
        return value if isinstance(value, int) else value.id

    @property
    def expanded_customer(self) -> Customer:
        """`customer` as a `Customer`.

        The request must have asked for `expand=["customer"]`.

        Raises:
            InvoicedError: If `customer` holds only an ID because it was not expanded.
        """
        value = self.customer
        if isinstance(value, int):
            from ..errors import InvoicedError  # noqa: PLC0415

            raise InvoicedError('customer was not expanded: pass expand=["customer"] to read it as a Customer')
        return value

    @property
    def invoice_id(self) -> int | None:
        """The ID of `invoice`, whether or not the request expanded it."""
        value = self.invoice
        return value if isinstance(value, int | None) else value.id

    @property
    def expanded_invoice(self) -> Invoice | None:
        """`invoice` as a `Invoice` (None when there is none).

        The request must have asked for `expand=["invoice"]`.

        Raises:
            InvoicedError: If `invoice` holds only an ID because it was not expanded.
        """
        value = self.invoice
        if isinstance(value, int):
            from ..errors import InvoicedError  # noqa: PLC0415

            raise InvoicedError('invoice was not expanded: pass expand=["invoice"] to read it as a Invoice')
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.customer import Customer  # noqa: E402
from ..models.invoice import Invoice  # noqa: E402
