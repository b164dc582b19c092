from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod, check_payment_method
from ..models.transaction_status import TransactionStatus, check_transaction_status
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import UNSET, Unset


@_attrs_define
class TransactionFilter:
    """Transaction attributes to match exactly.

    Attributes:
        customer (int | Unset): Unique integer ID of an object.
        invoice (int | Unset): Unique integer ID of an object.
        parent_transaction (int | Unset): Unique integer ID of an object.
        type (TransactionType | Unset): What the transaction does: `charge` and `payment` bring money in,
            `refund` returns it, and `adjustment` changes the customer's credit.
        method (PaymentMethod | Unset): The instrument the money moved through.
        status (TransactionStatus | Unset): Whether the money moved.
        currency (str | Unset): Three-letter ISO 4217 currency code, in lower case.
        gateway (str | Unset): Only transactions through this payment gateway.
        gateway_id (str | Unset): Only the transaction with this ID at its gateway.
        sent (bool | Unset): Only transactions whose receipt was sent (`true`) or not (`false`).
    """

    customer: int | Unset = UNSET
    invoice: int | Unset = UNSET
    parent_transaction: int | Unset = UNSET
    type: TransactionType | Unset = UNSET
    method: PaymentMethod | Unset = UNSET
    status: TransactionStatus | Unset = UNSET
    currency: str | Unset = UNSET
    gateway: str | Unset = UNSET
    gateway_id: str | Unset = UNSET
    sent: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        invoice = self.invoice

        parent_transaction = self.parent_transaction

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        currency = self.currency

        gateway = self.gateway

        gateway_id = self.gateway_id

        sent = self.sent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if parent_transaction is not UNSET:
            field_dict["parent_transaction"] = parent_transaction
        if type is not UNSET:
            field_dict["type"] = type
        if method is not UNSET:
            field_dict["method"] = method
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if gateway_id is not UNSET:
            field_dict["gateway_id"] = gateway_id
        if sent is not UNSET:
            field_dict["sent"] = sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer = src_dict.get("customer", UNSET)

        invoice = src_dict.get("invoice", UNSET)

        parent_transaction = src_dict.get("parent_transaction", UNSET)

        _type = src_dict.get("type", UNSET)
        type: TransactionType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_transaction_type(_type)

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

        currency = src_dict.get("currency", UNSET)

        gateway = src_dict.get("gateway", UNSET)

        gateway_id = src_dict.get("gateway_id", UNSET)

        sent = src_dict.get("sent", UNSET)

        transaction_filter = cls(
            customer,
            invoice,
            parent_transaction,
            type,
            method,
            status,
            currency,
            gateway,
            gateway_id,
            sent,
        )

        return transaction_filter
