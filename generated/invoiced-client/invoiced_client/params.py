"""The shapes of the inputs: a TypedDict per nested object, so plain dicts are typed, and Literal aliases.

`items=[{"name": "Copy paper", "quantity": 2, "unit_cost": 45}]` is checked by mypy against
`LineItemInputParam`; the models (`LineItemInput(...)`) are accepted wherever a TypedDict is.
Generated from the spec by codegen/ (`make client`); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "ListCustomerSubscriptionsExpand",
    "ListCustomersSort",
    "ListInvoicesExpand",
    "ListInvoicesSort",
    "ListSubscriptionsExpand",
    "ListSubscriptionsSort",
    "ListTransactionsExpand",
    "ListTransactionsSort",
    "RetrieveInvoiceExpand",
    "RetrieveSubscriptionExpand",
    "RetrieveTransactionExpand",
    "CustomerFilterParam",
    "DiscountInputParam",
    "EmailRecipientParam",
    "InvoiceFilterParam",
    "LineItemInputParam",
    "SubscriptionAddonInputParam",
    "SubscriptionFilterParam",
    "TaxInputParam",
    "TransactionFilterParam",
]

ListCustomerSubscriptionsExpand: TypeAlias = Literal["customer"]
ListCustomersSort: TypeAlias = Literal[
    "id",
    "id asc",
    "id desc",
    "name",
    "name asc",
    "name desc",
    "number",
    "number asc",
    "number desc",
    "email",
    "email asc",
    "email desc",
    "type",
    "type asc",
    "type desc",
    "collection_mode",
    "collection_mode asc",
    "collection_mode desc",
    "country",
    "country asc",
    "country desc",
    "created_at",
    "created_at asc",
    "created_at desc",
]
ListInvoicesExpand: TypeAlias = Literal["customer", "subscription"]
ListInvoicesSort: TypeAlias = Literal[
    "id",
    "id asc",
    "id desc",
    "number",
    "number asc",
    "number desc",
    "name",
    "name asc",
    "name desc",
    "customer",
    "customer asc",
    "customer desc",
    "currency",
    "currency asc",
    "currency desc",
    "status",
    "status asc",
    "status desc",
    "date",
    "date asc",
    "date desc",
    "due_date",
    "due_date asc",
    "due_date desc",
    "total",
    "total asc",
    "total desc",
    "balance",
    "balance asc",
    "balance desc",
    "created_at",
    "created_at asc",
    "created_at desc",
]
ListSubscriptionsExpand: TypeAlias = Literal["customer"]
ListSubscriptionsSort: TypeAlias = Literal[
    "id",
    "id asc",
    "id desc",
    "customer",
    "customer asc",
    "customer desc",
    "plan",
    "plan asc",
    "plan desc",
    "start_date",
    "start_date asc",
    "start_date desc",
    "quantity",
    "quantity asc",
    "quantity desc",
    "renews_next",
    "renews_next asc",
    "renews_next desc",
    "status",
    "status asc",
    "status desc",
    "created_at",
    "created_at asc",
    "created_at desc",
]
ListTransactionsExpand: TypeAlias = Literal["customer", "invoice"]
ListTransactionsSort: TypeAlias = Literal[
    "id",
    "id asc",
    "id desc",
    "customer",
    "customer asc",
    "customer desc",
    "invoice",
    "invoice asc",
    "invoice desc",
    "date",
    "date asc",
    "date desc",
    "type",
    "type asc",
    "type desc",
    "method",
    "method asc",
    "method desc",
    "status",
    "status asc",
    "status desc",
    "amount",
    "amount asc",
    "amount desc",
    "created_at",
    "created_at asc",
    "created_at desc",
]
RetrieveInvoiceExpand: TypeAlias = Literal["customer", "subscription"]
RetrieveSubscriptionExpand: TypeAlias = Literal["customer"]
RetrieveTransactionExpand: TypeAlias = Literal["customer", "invoice"]


class CustomerFilterParam(TypedDict, total=False):
    """The input of `CustomerFilter` as a dict. Customer attributes to match exactly."""

    name: str
    """Only customers with exactly this name."""
    number: str
    """Only the customer with this reference number."""
    email: str
    """Only customers with this email address."""
    type: Literal["company", "person"]
    """Whether the customer is an organisation or an individual."""
    collection_mode: Literal["auto", "manual"]
    """How invoices are collected: `auto` charges the payment source, `manual` waits for the customer to
    pay."""
    payment_terms: str
    """Only customers with these payment terms, such as `NET 30`."""
    country: str
    """Only customers in this country (ISO 3166-1 alpha-2 code)."""
    state: str
    """Only customers in this state or province."""
    city: str
    """Only customers in this city."""
    postal_code: str
    """Only customers with this postal code."""
    tax_id: str
    """Only customers with this tax ID."""


class DiscountInputParam(TypedDict, total=False):
    """The input of `DiscountInput` as a dict. A discount to apply, as a fixed amount."""

    amount: Required[float]
    """The amount to take off."""


class EmailRecipientParam(TypedDict, total=False):
    """The input of `EmailRecipient` as a dict. Someone to send an email to."""

    name: str
    """The recipient's name."""
    email: Required[str]
    """Where the email is sent."""


class InvoiceFilterParam(TypedDict, total=False):
    """The input of `InvoiceFilter` as a dict. Invoice attributes to match exactly."""

    customer: int
    """Only invoices issued to the customer with this ID."""
    subscription: int
    """Only invoices produced by the subscription with this ID."""
    number: str
    """Only the invoice with this reference number."""
    name: str
    """Only invoices with exactly this name."""
    currency: str
    """Only invoices in this currency (ISO 4217 code, lower case)."""
    collection_mode: Literal["auto", "manual"]
    """How invoices are collected: `auto` charges the payment source, `manual` waits for the customer to
    pay."""
    payment_terms: str
    """Only invoices with these payment terms."""
    draft: bool
    """Only drafts (`true`) or issued invoices (`false`)."""
    sent: bool
    """Only invoices that were sent (`true`) or not (`false`)."""
    closed: bool
    """Only closed (`true`) or open (`false`) invoices."""
    paid: bool
    """Only paid (`true`) or unpaid (`false`) invoices."""
    chase: bool
    """Only invoices with chasing on (`true`) or off (`false`)."""
    status: Literal["draft", "not_sent", "sent", "viewed", "past_due", "pending", "paid", "overpaid"]
    """The invoice's state, derived from its flags, due date and payments."""


class LineItemInputParam(TypedDict, total=False):
    """The input of `LineItemInput` as a dict. A line to put on an invoice. Give `name` (and a `unit_cost`,
    which defaults to 0), or a `catalog_item` whose name, type and price are used for whatever the line
    leaves out. `quantity` defaults to 1 and `type` to `product`. A line with neither `name` nor
    `catalog_item` is answered `400` with `param` naming the line's `name` (`items[0][name]`), and
    nothing is created. The rule spans two fields, so it is stated in `x-crossFieldRules` rather than in
    this schema's keywords."""

    catalog_item: str
    """ID of a catalog item to fill the line from."""
    type: Literal["product", "service", "hours", "days", "month", "year", "expense", "plan"]
    """What the line bills for."""
    name: str
    """The line's title."""
    description: str | None
    """Optional longer description."""
    quantity: float
    """How many units."""
    unit_cost: float
    """Price or rate of one unit."""
    discounts: Sequence[DiscountInputParam]
    """Discounts on this line alone."""
    taxes: Sequence[TaxInputParam]
    """Taxes on this line alone."""


class SubscriptionAddonInputParam(TypedDict, total=False):
    """The input of `SubscriptionAddonInput` as a dict. A catalog item to bill with every renewal;
    `quantity` defaults to 1."""

    catalog_item: Required[str]
    """ID of the catalog item."""
    quantity: int
    """How many units are billed."""


class SubscriptionFilterParam(TypedDict, total=False):
    """The input of `SubscriptionFilter` as a dict. Subscription attributes to match exactly."""

    customer: int
    """Only subscriptions of the customer with this ID."""
    plan: str
    """Only subscriptions to the plan with this ID."""
    status: Literal["not_started", "active", "past_due", "finished"]
    """The subscription's state, derived from its dates and cycles."""


class TaxInputParam(TypedDict, total=False):
    """The input of `TaxInput` as a dict. A tax to apply, as a fixed amount."""

    amount: Required[float]
    """The amount of tax to add."""


class TransactionFilterParam(TypedDict, total=False):
    """The input of `TransactionFilter` as a dict. Transaction attributes to match exactly."""

    customer: int
    """Only transactions of the customer with this ID."""
    invoice: int
    """Only transactions against the invoice with this ID."""
    parent_transaction: int
    """Only refunds of the transaction with this ID."""
    type: Literal["charge", "payment", "refund", "adjustment"]
    """What the transaction does: `charge` and `payment` bring money in, `refund` returns it, and
    `adjustment` changes the customer's credit."""
    method: Literal["credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"]
    """The instrument the money moved through."""
    status: Literal["succeeded", "pending", "failed"]
    """Whether the money moved."""
    currency: str
    """Only transactions in this currency (ISO 4217 code, lower case)."""
    gateway: str
    """Only transactions through this payment gateway."""
    gateway_id: str
    """Only the transaction with this ID at its gateway."""
    sent: bool
    """Only transactions whose receipt was sent (`true`) or not (`false`)."""
