from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..models.invoice_status import InvoiceStatus, check_invoice_status

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.discount import Discount
    from ..models.line_item import LineItem
    from ..models.subscription import Subscription
    from ..models.tax import Tax


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
        subscription (int | None | Subscription): The subscription that produced the invoice, as an ID or, expanded, the
            object.
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
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

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
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.line_item import LineItem  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415

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

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        number = d.pop("number")

        currency = d.pop("currency")

        collection_mode = check_collection_mode(d.pop("collection_mode"))

        draft = d.pop("draft")

        sent = d.pop("sent")

        closed = d.pop("closed")

        paid = d.pop("paid")

        status = check_invoice_status(d.pop("status"))

        chase = d.pop("chase")

        def _parse_next_chase_on(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_chase_on = _parse_next_chase_on(d.pop("next_chase_on"))

        attempt_count = d.pop("attempt_count")

        def _parse_next_payment_attempt(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_payment_attempt = _parse_next_payment_attempt(d.pop("next_payment_attempt"))

        def _parse_theme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme = _parse_theme(d.pop("theme"))

        def _parse_subscription(data: object) -> int | None | Subscription:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_1 = Subscription.from_dict(data)

                return subscription_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Subscription, data)

        subscription = _parse_subscription(d.pop("subscription"))

        date = d.pop("date")

        def _parse_due_date(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_payment_terms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_terms = _parse_payment_terms(d.pop("payment_terms"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = LineItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_terms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terms = _parse_terms(d.pop("terms"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        subtotal = d.pop("subtotal")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = Discount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        taxes = []
        _taxes = d.pop("taxes")
        for taxes_item_data in _taxes:
            taxes_item = Tax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

        total = d.pop("total")

        balance = d.pop("balance")

        url = d.pop("url")

        pdf_url = d.pop("pdf_url")

        created_at = d.pop("created_at")

        invoice = cls(
            id=id,
            customer=customer,
            name=name,
            number=number,
            currency=currency,
            collection_mode=collection_mode,
            draft=draft,
            sent=sent,
            closed=closed,
            paid=paid,
            status=status,
            chase=chase,
            next_chase_on=next_chase_on,
            attempt_count=attempt_count,
            next_payment_attempt=next_payment_attempt,
            theme=theme,
            subscription=subscription,
            date=date,
            due_date=due_date,
            payment_terms=payment_terms,
            items=items,
            terms=terms,
            notes=notes,
            subtotal=subtotal,
            discounts=discounts,
            taxes=taxes,
            total=total,
            balance=balance,
            url=url,
            pdf_url=pdf_url,
            created_at=created_at,
        )

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
