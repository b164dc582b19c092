from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SUBSCRIPTION_STATUS_VALUES, SubscriptionStatus, check_subscription_status

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "customer",
        "plan",
        "start_date",
        "quantity",
        "cycles",
        "renews_next",
        "renewed_last",
        "status",
        "addons",
        "discounts",
        "taxes",
        "url",
        "created_at",
    }
)


@_attrs_define
class Subscription:
    """Recurring billing of a customer for a plan.

    Attributes:
        id (int): Unique integer ID of an object.
        customer (Customer | int): The customer's ID, or the customer itself when expanded.
        plan (str): ID of the plan billed.
        start_date (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        quantity (int): How many units of the plan are billed.
        cycles (int | None): Billing periods the subscription runs for; `null` runs until cancelled.
        renews_next (int | None): Start of the next billing period; `null` once finished.
        renewed_last (int | None): Start of the current billing period; `null` before the first.
        status (SubscriptionStatus): The subscription's state, derived from its dates and cycles.
        addons (list[SubscriptionAddon]):
        discounts (list[Discount]):
        taxes (list[Tax]):
        url (str): Where the customer manages the subscription in the billing portal.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: int
    customer: Customer | int
    plan: str
    start_date: int
    quantity: int
    cycles: int | None
    renews_next: int | None
    renewed_last: int | None
    status: SubscriptionStatus
    addons: list[SubscriptionAddon]
    discounts: list[Discount]
    taxes: list[Tax]
    url: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer: dict[str, Any] | int
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        plan = self.plan

        start_date = self.start_date

        quantity = self.quantity

        cycles: int | None
        cycles = self.cycles

        renews_next: int | None
        renews_next = self.renews_next

        renewed_last: int | None
        renewed_last = self.renewed_last

        status: str = self.status

        addons = []
        for addons_item_data in self.addons:
            addons_item = addons_item_data.to_dict()
            addons.append(addons_item)

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        url = self.url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer": customer,
                "plan": plan,
                "start_date": start_date,
                "quantity": quantity,
                "cycles": cycles,
                "renews_next": renews_next,
                "renewed_last": renewed_last,
                "status": status,
                "addons": addons,
                "discounts": discounts,
                "taxes": taxes,
                "url": url,
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

        plan = src_dict["plan"]

        start_date = src_dict["start_date"]

        quantity = src_dict["quantity"]

        cycles = src_dict["cycles"]

        renews_next = src_dict["renews_next"]

        renewed_last = src_dict["renewed_last"]

        status = src_dict["status"]
        if status not in SUBSCRIPTION_STATUS_VALUES:
            status = check_subscription_status(status)

        addons = []
        _addons = src_dict["addons"]
        for addons_item_data in _addons:
            addons_item = SubscriptionAddon.from_dict(addons_item_data)

            addons.append(addons_item)

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

        url = src_dict["url"]

        created_at = src_dict["created_at"]

        subscription = cls(
            id,
            customer,
            plan,
            start_date,
            quantity,
            cycles,
            renews_next,
            renewed_last,
            status,
            addons,
            discounts,
            taxes,
            url,
            created_at,
        )

        if len(src_dict) > 14:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                subscription.additional_properties = d
        return subscription

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
from ..models.subscription_addon import SubscriptionAddon  # noqa: E402
from ..models.tax import Tax  # noqa: E402
