from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_mode import COLLECTION_MODE_VALUES, CollectionMode, check_collection_mode
from ..models.invoice_status import INVOICE_STATUS_VALUES, InvoiceStatus, check_invoice_status

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "customer",
        "name",
        "number",
        "currency",
        "collection_mode",
        "draft",
        "sent",
        "closed",
        "paid",
        "status",
        "chase",
        "next_chase_on",
        "attempt_count",
        "next_payment_attempt",
        "theme",
        "subscription",
        "date",
        "due_date",
        "payment_terms",
        "items",
        "terms",
        "notes",
        "subtotal",
        "discounts",
        "taxes",
        "total",
        "balance",
        "url",
        "pdf_url",
        "created_at",
    }
)


@_attrs_define
class Invoice:
    """A bill issued to a customer.

    Attributes:
        id (int): Unique integer ID of an object.
        customer (Customer | int): The customer's ID, or the customer itself when expanded.
        name (None | str): A name for internal use; `null` shows as "Invoice".
        number (str): Your reference number for the invoice.
        currency (str): Three-letter ISO 4217 currency code, in lower case.
        collection_mode (CollectionMode): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        draft (bool): Whether the invoice is still a draft rather than outstanding.
        sent (bool): Whether the invoice was sent to the customer.
        closed (bool): Whether the invoice was closed as bad debt; it then accepts no payments.
        paid (bool): Whether payments cover the total.
        status (InvoiceStatus): The invoice's state, derived from its flags, due date and payments.
        chase (bool): Whether automatic payment reminders are on.
        next_chase_on (int | None): When the next reminder is due, if chasing.
        attempt_count (int): How many times collection was attempted.
        next_payment_attempt (int | None): When the next automatic charge is scheduled, in `auto` collection.
        theme (None | str): ID of a custom theme to render with.
        subscription (int | None | Subscription): The subscription that produced the invoice, as an ID or,
            expanded, the object.
        date (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        due_date (int | None): When payment is due.
        payment_terms (None | str): The payment terms, such as `NET 30`.
        items (list[LineItem]):
        terms (None | str): Terms and conditions printed on the invoice.
        notes (None | str): Notes printed on the invoice.
        subtotal (float): An amount in the currency's major unit, rounded to two decimal places.
        discounts (list[Discount]): Discounts on the whole invoice.
        taxes (list[Tax]): Taxes on the whole invoice.
        total (float): An amount in the currency's major unit, rounded to two decimal places.
        balance (float): An amount in the currency's major unit, rounded to two decimal places.
        url (str): Where the customer views the invoice in the billing portal.
        pdf_url (str): Where the invoice can be downloaded as a PDF.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: int
    customer: Customer | int
    name: None | str
    number: str
    currency: str
    collection_mode: CollectionMode
    draft: bool
    sent: bool
    closed: bool
    paid: bool
    status: InvoiceStatus
    chase: bool
    next_chase_on: int | None
    attempt_count: int
    next_payment_attempt: int | None
    theme: None | str
    subscription: int | None | Subscription
    date: int
    due_date: int | None
    payment_terms: None | str
    items: list[LineItem]
    terms: None | str
    notes: None | str
    subtotal: float
    discounts: list[Discount]
    taxes: list[Tax]
    total: float
    balance: float
    url: str
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

        name: None | str
        name = self.name

        number = self.number

        currency = self.currency

        collection_mode: str = self.collection_mode

        draft = self.draft

        sent = self.sent

        closed = self.closed

        paid = self.paid

        status: str = self.status

        chase = self.chase

        next_chase_on: int | None
        next_chase_on = self.next_chase_on

        attempt_count = self.attempt_count

        next_payment_attempt: int | None
        next_payment_attempt = self.next_payment_attempt

        theme: None | str
        theme = self.theme

        subscription: dict[str, Any] | int | None
        if isinstance(self.subscription, Subscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        date = self.date

        due_date: int | None
        due_date = self.due_date

        payment_terms: None | str
        payment_terms = self.payment_terms

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        terms: None | str
        terms = self.terms

        notes: None | str
        notes = self.notes

        subtotal = self.subtotal

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        total = self.total

        balance = self.balance

        url = self.url

        pdf_url = self.pdf_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer": customer,
                "name": name,
                "number": number,
                "currency": currency,
                "collection_mode": collection_mode,
                "draft": draft,
                "sent": sent,
                "closed": closed,
                "paid": paid,
                "status": status,
                "chase": chase,
                "next_chase_on": next_chase_on,
                "attempt_count": attempt_count,
                "next_payment_attempt": next_payment_attempt,
                "theme": theme,
                "subscription": subscription,
                "date": date,
                "due_date": due_date,
                "payment_terms": payment_terms,
                "items": items,
                "terms": terms,
                "notes": notes,
                "subtotal": subtotal,
                "discounts": discounts,
                "taxes": taxes,
                "total": total,
                "balance": balance,
                "url": url,
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

        name = src_dict["name"]

        number = src_dict["number"]

        currency = src_dict["currency"]

        collection_mode = src_dict["collection_mode"]
        if collection_mode not in COLLECTION_MODE_VALUES:
            collection_mode = check_collection_mode(collection_mode)

        draft = src_dict["draft"]

        sent = src_dict["sent"]

        closed = src_dict["closed"]

        paid = src_dict["paid"]

        status = src_dict["status"]
        if status not in INVOICE_STATUS_VALUES:
            status = check_invoice_status(status)

        chase = src_dict["chase"]

        next_chase_on = src_dict["next_chase_on"]

        attempt_count = src_dict["attempt_count"]

        next_payment_attempt = src_dict["next_payment_attempt"]

        theme = src_dict["theme"]

        subscription = src_dict["subscription"]
        if isinstance(subscription, dict):
            subscription = Subscription.from_dict(subscription)

        date = src_dict["date"]

        due_date = src_dict["due_date"]

        payment_terms = src_dict["payment_terms"]

        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = LineItem.from_dict(items_item_data)

            items.append(items_item)

        terms = src_dict["terms"]

        notes = src_dict["notes"]

        subtotal = src_dict["subtotal"]

        discounts = []
        _discounts = src_dict["discounts"]
        for discounts_item_data in _discounts:
            discounts_item = Discount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        taxes = []
        _taxes = src_dict["taxes"]
        for taxes_item_data in _taxes:
            taxes_item = Tax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

        total = src_dict["total"]

        balance = src_dict["balance"]

        url = src_dict["url"]

        pdf_url = src_dict["pdf_url"]

        created_at = src_dict["created_at"]

        invoice = cls(
            id,
            customer,
            name,
            number,
            currency,
            collection_mode,
            draft,
            sent,
            closed,
            paid,
            status,
            chase,
            next_chase_on,
            attempt_count,
            next_payment_attempt,
            theme,
            subscription,
            date,
            due_date,
            payment_terms,
            items,
            terms,
            notes,
            subtotal,
            discounts,
            taxes,
            total,
            balance,
            url,
            pdf_url,
            created_at,
        )

        if len(src_dict) > 31:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                invoice.additional_properties = d
        return invoice

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
    def subscription_id(self) -> int | None:
        """The ID of `subscription`, whether or not the request expanded it."""
        value = self.subscription
        return value if isinstance(value, int | None) else value.id

    @property
    def expanded_subscription(self) -> Subscription | None:
        """`subscription` as a `Subscription` (None when there is none).

        The request must have asked for `expand=["subscription"]`.

        Raises:
            InvoicedError: If `subscription` holds only an ID because it was not expanded.
        """
        value = self.subscription
        if isinstance(value, int):
            from ..errors import InvoicedError  # noqa: PLC0415

            raise InvoicedError(
                'subscription was not expanded: pass expand=["subscription"] to read it as a Subscription'
            )
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
from ..models.discount import Discount  # noqa: E402
from ..models.line_item import LineItem  # noqa: E402
from ..models.subscription import Subscription  # noqa: E402
from ..models.tax import Tax  # noqa: E402
