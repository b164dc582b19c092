from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.payment_method import PaymentMethod
from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionFilter")


@_attrs_define
class TransactionFilter:
    """Transaction attributes to match exactly.

    Attributes:
        customer (int | Unset): Unique integer ID of an object.
        invoice (int | Unset): Unique integer ID of an object.
        parent_transaction (int | Unset): Unique integer ID of an object.
        type_ (TransactionType | Unset): What the transaction does: `charge` and `payment` bring money in,
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
    type_: TransactionType | Unset = UNSET
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer = d.pop("customer", UNSET)

        invoice = d.pop("invoice", UNSET)

        parent_transaction = d.pop("parent_transaction", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransactionType(_type_)

        _method = d.pop("method", UNSET)
        method: PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PaymentMethod(_method)

        _status = d.pop("status", UNSET)
        status: TransactionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransactionStatus(_status)

        currency = d.pop("currency", UNSET)

        gateway = d.pop("gateway", UNSET)

        gateway_id = d.pop("gateway_id", UNSET)

        sent = d.pop("sent", UNSET)

        transaction_filter = cls(
            customer=customer,
            invoice=invoice,
            parent_transaction=parent_transaction,
            type_=type_,
            method=method,
            status=status,
            currency=currency,
            gateway=gateway,
            gateway_id=gateway_id,
            sent=sent,
        )

        return transaction_filter
