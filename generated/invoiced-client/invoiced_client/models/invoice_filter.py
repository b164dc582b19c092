from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..models.invoice_status import InvoiceStatus, check_invoice_status
from ..types import UNSET, Unset


@_attrs_define
class InvoiceFilter:
    """Invoice attributes to match exactly.

    Attributes:
        customer (int | Unset): Unique integer ID of an object.
        subscription (int | Unset): Unique integer ID of an object.
        number (str | Unset): Only the invoice with this reference number.
        name (str | Unset): Only invoices with exactly this name.
        currency (str | Unset): Three-letter ISO 4217 currency code, in lower case.
        collection_mode (CollectionMode | Unset): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        payment_terms (str | Unset): Only invoices with these payment terms.
        draft (bool | Unset): Only drafts (`true`) or issued invoices (`false`).
        sent (bool | Unset): Only invoices that were sent (`true`) or not (`false`).
        closed (bool | Unset): Only closed (`true`) or open (`false`) invoices.
        paid (bool | Unset): Only paid (`true`) or unpaid (`false`) invoices.
        chase (bool | Unset): Only invoices with chasing on (`true`) or off (`false`).
        status (InvoiceStatus | Unset): The invoice's state, derived from its flags, due date and payments.
    """

    customer: int | Unset = UNSET
    subscription: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    collection_mode: CollectionMode | Unset = UNSET
    payment_terms: str | Unset = UNSET
    draft: bool | Unset = UNSET
    sent: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    paid: bool | Unset = UNSET
    chase: bool | Unset = UNSET
    status: InvoiceStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        subscription = self.subscription

        number = self.number

        name = self.name

        currency = self.currency

        collection_mode: str | Unset = UNSET
        if not isinstance(self.collection_mode, Unset):
            collection_mode = self.collection_mode

        payment_terms = self.payment_terms

        draft = self.draft

        sent = self.sent

        closed = self.closed

        paid = self.paid

        chase = self.chase

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if collection_mode is not UNSET:
            field_dict["collection_mode"] = collection_mode
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if draft is not UNSET:
            field_dict["draft"] = draft
        if sent is not UNSET:
            field_dict["sent"] = sent
        if closed is not UNSET:
            field_dict["closed"] = closed
        if paid is not UNSET:
            field_dict["paid"] = paid
        if chase is not UNSET:
            field_dict["chase"] = chase
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer = src_dict.get("customer", UNSET)

        subscription = src_dict.get("subscription", UNSET)

        number = src_dict.get("number", UNSET)

        name = src_dict.get("name", UNSET)

        currency = src_dict.get("currency", UNSET)

        _collection_mode = src_dict.get("collection_mode", UNSET)
        collection_mode: CollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = check_collection_mode(_collection_mode)

        payment_terms = src_dict.get("payment_terms", UNSET)

        draft = src_dict.get("draft", UNSET)

        sent = src_dict.get("sent", UNSET)

        closed = src_dict.get("closed", UNSET)

        paid = src_dict.get("paid", UNSET)

        chase = src_dict.get("chase", UNSET)

        _status = src_dict.get("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_invoice_status(_status)

        invoice_filter = cls(
            customer,
            subscription,
            number,
            name,
            currency,
            collection_mode,
            payment_terms,
            draft,
            sent,
            closed,
            paid,
            chase,
            status,
        )

        return invoice_filter
