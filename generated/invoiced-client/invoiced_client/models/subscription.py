from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus, check_subscription_status

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.discount import Discount
    from ..models.subscription_addon import SubscriptionAddon
    from ..models.tax import Tax


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
        from ..models.customer import Customer  # noqa: PLC0415

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
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.subscription_addon import SubscriptionAddon  # noqa: PLC0415
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

        plan = d.pop("plan")

        start_date = d.pop("start_date")

        quantity = d.pop("quantity")

        def _parse_cycles(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cycles = _parse_cycles(d.pop("cycles"))

        def _parse_renews_next(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        renews_next = _parse_renews_next(d.pop("renews_next"))

        def _parse_renewed_last(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        renewed_last = _parse_renewed_last(d.pop("renewed_last"))

        status = check_subscription_status(d.pop("status"))

        addons = []
        _addons = d.pop("addons")
        for addons_item_data in _addons:
            addons_item = SubscriptionAddon.from_dict(addons_item_data)

            addons.append(addons_item)

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

        url = d.pop("url")

        created_at = d.pop("created_at")

        subscription = cls(
            id=id,
            customer=customer,
            plan=plan,
            start_date=start_date,
            quantity=quantity,
            cycles=cycles,
            renews_next=renews_next,
            renewed_last=renewed_last,
            status=status,
            addons=addons,
            discounts=discounts,
            taxes=taxes,
            url=url,
            created_at=created_at,
        )

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
