from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod, check_payment_method
from ..models.transaction_status import TransactionStatus, check_transaction_status
from ..models.transaction_type import TRANSACTION_TYPE_VALUES, TransactionType, check_transaction_type
from ..types import UNSET, Unset


@_attrs_define
class TransactionCreate:
    """A new transaction. `type` is required, and so are `customer` and
    `amount` unless an `invoice` is given. A charge, payment or refund
    moves money one way, so its `amount` must be at least 0.01; only an
    adjustment may be negative (a credit) or zero.

    A request that breaks one of these rules is answered `400` and
    records nothing: without a customer or an invoice, `param` is
    `customer`; without an amount or an invoice, or a charge, payment or
    refund below 0.01, `param` is `amount`. The rules span several
    fields, so they are stated in `x-crossFieldRules` rather than in this
    schema's keywords.

        Attributes:
            type (TransactionType): What the transaction does: `charge` and `payment` bring money in,
                `refund` returns it, and `adjustment` changes the customer's credit.
            customer (int | Unset): Unique integer ID of an object.
            invoice (int | Unset): Unique integer ID of an object.
            date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
            theme (None | str | Unset): ID of a custom theme to render with.
            method (PaymentMethod | Unset): The instrument the money moved through.
            status (TransactionStatus | Unset): Whether the money moved.
            gateway (None | str | Unset): The payment gateway that processed it, if any.
            gateway_id (None | str | Unset): The gateway's ID for it, or the check number for checks.
            currency (str | Unset): Three-letter ISO 4217 currency code, in lower case.
            amount (float | Unset): An amount in the currency's major unit.
            fee (float | Unset): Processing fees. Default: 0.0.
            notes (None | str | Unset): Internal notes.
    """

    type: TransactionType
    customer: int | Unset = UNSET
    invoice: int | Unset = UNSET
    date: int | Unset = UNSET
    theme: None | str | Unset = UNSET
    method: PaymentMethod | Unset = UNSET
    status: TransactionStatus | Unset = UNSET
    gateway: None | str | Unset = UNSET
    gateway_id: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    amount: float | Unset = UNSET
    fee: float | Unset = 0.0
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        customer = self.customer

        invoice = self.invoice

        date = self.date

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        gateway: None | str | Unset
        if isinstance(self.gateway, Unset):
            gateway = UNSET
        else:
            gateway = self.gateway

        gateway_id: None | str | Unset
        if isinstance(self.gateway_id, Unset):
            gateway_id = UNSET
        else:
            gateway_id = self.gateway_id

        currency = self.currency

        amount = self.amount

        fee = self.fee

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if date is not UNSET:
            field_dict["date"] = date
        if theme is not UNSET:
            field_dict["theme"] = theme
        if method is not UNSET:
            field_dict["method"] = method
        if status is not UNSET:
            field_dict["status"] = status
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if gateway_id is not UNSET:
            field_dict["gateway_id"] = gateway_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        type = src_dict["type"]
        if type not in TRANSACTION_TYPE_VALUES:
            type = check_transaction_type(type)

        customer = src_dict.get("customer", UNSET)

        invoice = src_dict.get("invoice", UNSET)

        date = src_dict.get("date", UNSET)

        theme = src_dict.get("theme", UNSET)

        _method = src_dict.get("method", UNSET)
        method: PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_payment_method(_method)

        _status = src_dict.get("status", UNSET)
        status: TransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_transaction_status(_status)

        gateway = src_dict.get("gateway", UNSET)

        gateway_id = src_dict.get("gateway_id", UNSET)

        currency = src_dict.get("currency", UNSET)

        amount = src_dict.get("amount", UNSET)

        fee = src_dict.get("fee", UNSET)

        notes = src_dict.get("notes", UNSET)

        transaction_create = cls(
            type,
            customer,
            invoice,
            date,
            theme,
            method,
            status,
            gateway,
            gateway_id,
            currency,
            amount,
            fee,
            notes,
        )

        return transaction_create
