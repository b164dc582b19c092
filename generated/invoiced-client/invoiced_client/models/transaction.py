from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.invoice import Invoice


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """Money moving between you and a customer.

    Attributes:
        id (int): Unique integer ID of an object.
        customer (Customer | int): The customer's ID, or the customer itself when expanded.
        invoice (int | Invoice | None): The invoice's ID, the invoice itself when expanded, or `null`.
        theme (None | str): ID of a custom theme to render with.
        date (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        type_ (TransactionType): What the transaction does: `charge` and `payment` bring money in,
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
    type_: TransactionType
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
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

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

        type_ = self.type_.value

        method = self.method.value

        status = self.status.value

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
                "type": type_,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_customer(data: object) -> Customer | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = Customer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | int, data)

        customer = _parse_customer(d.pop("customer"))

        def _parse_invoice(data: object) -> int | Invoice | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_1 = Invoice.from_dict(data)

                return invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Invoice | None, data)

        invoice = _parse_invoice(d.pop("invoice"))

        def _parse_theme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme = _parse_theme(d.pop("theme"))

        date = d.pop("date")

        type_ = TransactionType(d.pop("type"))

        method = PaymentMethod(d.pop("method"))

        status = TransactionStatus(d.pop("status"))

        def _parse_gateway(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway = _parse_gateway(d.pop("gateway"))

        def _parse_gateway_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_id = _parse_gateway_id(d.pop("gateway_id"))

        currency = d.pop("currency")

        amount = d.pop("amount")

        fee = d.pop("fee")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        sent = d.pop("sent")

        def _parse_failure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason"))

        def _parse_parent_transaction(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_transaction = _parse_parent_transaction(d.pop("parent_transaction"))

        pdf_url = d.pop("pdf_url")

        created_at = d.pop("created_at")

        transaction = cls(
            id=id,
            customer=customer,
            invoice=invoice,
            theme=theme,
            date=date,
            type_=type_,
            method=method,
            status=status,
            gateway=gateway,
            gateway_id=gateway_id,
            currency=currency,
            amount=amount,
            fee=fee,
            notes=notes,
            sent=sent,
            failure_reason=failure_reason,
            parent_transaction=parent_transaction,
            pdf_url=pdf_url,
            created_at=created_at,
        )

        transaction.additional_properties = d
        return transaction

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
