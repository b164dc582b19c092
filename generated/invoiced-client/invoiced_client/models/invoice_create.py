from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..types import UNSET, Unset


@_attrs_define
class InvoiceCreate:
    """A new invoice. Only `customer` is required.

    Attributes:
        customer (int): Unique integer ID of an object.
        name (None | str | Unset): A name for internal use.
        number (str | Unset): Your reference number for the invoice.
        currency (str | Unset): Three-letter ISO 4217 currency code, in lower case.
        collection_mode (CollectionMode | Unset): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        payment_terms (None | str | Unset): Payment terms such as `NET 30`; `NET n` sets the due date n days
            after `date`.
        date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        due_date (int | None | Unset): When payment is due, as a UNIX timestamp.
        draft (bool | Unset): Keep the invoice as a draft. Default: False.
        sent (bool | Unset): Mark the invoice as sent. Default: False.
        closed (bool | Unset): Close the invoice as bad debt. Default: False.
        chase (bool | Unset): Turn on automatic payment reminders. Default: False.
        theme (None | str | Unset): ID of a custom theme to render with.
        items (list[LineItemInput] | Unset): The line items: what was sold, each with its own price or a
            `catalog_item`.
        terms (None | str | Unset): Terms and conditions printed on the invoice.
        notes (None | str | Unset): Notes printed on the invoice.
        discounts (list[DiscountInput] | Unset): Discounts on the whole invoice, subtracted from the subtotal.
        taxes (list[TaxInput] | Unset): Taxes on the whole invoice, added to the subtotal.
    """

    customer: int
    name: None | str | Unset = UNSET
    number: str | Unset = UNSET
    currency: str | Unset = UNSET
    collection_mode: CollectionMode | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    date: int | Unset = UNSET
    due_date: int | None | Unset = UNSET
    draft: bool | Unset = False
    sent: bool | Unset = False
    closed: bool | Unset = False
    chase: bool | Unset = False
    theme: None | str | Unset = UNSET
    items: list[LineItemInput] | Unset = UNSET
    terms: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    discounts: list[DiscountInput] | Unset = UNSET
    taxes: list[TaxInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number = self.number

        currency = self.currency

        collection_mode: str | Unset = UNSET
        if not isinstance(self.collection_mode, Unset):
            collection_mode = self.collection_mode

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        date = self.date

        due_date: int | None | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        draft = self.draft

        sent = self.sent

        closed = self.closed

        chase = self.chase

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if collection_mode is not UNSET:
            field_dict["collection_mode"] = collection_mode
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if draft is not UNSET:
            field_dict["draft"] = draft
        if sent is not UNSET:
            field_dict["sent"] = sent
        if closed is not UNSET:
            field_dict["closed"] = closed
        if chase is not UNSET:
            field_dict["chase"] = chase
        if theme is not UNSET:
            field_dict["theme"] = theme
        if items is not UNSET:
            field_dict["items"] = items
        if terms is not UNSET:
            field_dict["terms"] = terms
        if notes is not UNSET:
            field_dict["notes"] = notes
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer = src_dict["customer"]

        name = src_dict.get("name", UNSET)

        number = src_dict.get("number", UNSET)

        currency = src_dict.get("currency", UNSET)

        _collection_mode = src_dict.get("collection_mode", UNSET)
        collection_mode: CollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = check_collection_mode(_collection_mode)

        payment_terms = src_dict.get("payment_terms", UNSET)

        date = src_dict.get("date", UNSET)

        due_date = src_dict.get("due_date", UNSET)

        draft = src_dict.get("draft", UNSET)

        sent = src_dict.get("sent", UNSET)

        closed = src_dict.get("closed", UNSET)

        chase = src_dict.get("chase", UNSET)

        theme = src_dict.get("theme", UNSET)

        _items = src_dict.get("items", UNSET)
        items: list[LineItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = LineItemInput.from_dict(items_item_data)

                items.append(items_item)

        terms = src_dict.get("terms", UNSET)

        notes = src_dict.get("notes", UNSET)

        _discounts = src_dict.get("discounts", UNSET)
        discounts: list[DiscountInput] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = DiscountInput.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _taxes = src_dict.get("taxes", UNSET)
        taxes: list[TaxInput] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxInput.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        invoice_create = cls(
            customer,
            name,
            number,
            currency,
            collection_mode,
            payment_terms,
            date,
            due_date,
            draft,
            sent,
            closed,
            chase,
            theme,
            items,
            terms,
            notes,
            discounts,
            taxes,
        )

        return invoice_create


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.discount_input import DiscountInput  # noqa: E402
from ..models.line_item_input import LineItemInput  # noqa: E402
from ..models.tax_input import TaxInput  # noqa: E402
