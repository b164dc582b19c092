from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class SubscriptionCreate:
    """A new subscription. `customer` and `plan` are required.

    Attributes:
        customer (int): Unique integer ID of an object.
        plan (str): ID of the plan to bill.
        start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
        quantity (int | Unset): How many units of the plan to bill. Default: 1.
        cycles (int | None | Unset): Billing periods to run for; `null` or left out runs until cancelled.
        discounts (list[DiscountInput] | Unset): Discounts applied to every invoice the subscription produces.
        taxes (list[TaxInput] | Unset): Taxes applied to every invoice the subscription produces.
        addons (list[SubscriptionAddonInput] | Unset): Catalog items billed with the plan each period.
    """

    customer: int
    plan: str
    start_date: int | Unset = UNSET
    quantity: int | Unset = 1
    cycles: int | None | Unset = UNSET
    discounts: list[DiscountInput] | Unset = UNSET
    taxes: list[TaxInput] | Unset = UNSET
    addons: list[SubscriptionAddonInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        plan = self.plan

        start_date = self.start_date

        quantity = self.quantity

        cycles: int | None | Unset
        if isinstance(self.cycles, Unset):
            cycles = UNSET
        else:
            cycles = self.cycles

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

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item = addons_item_data.to_dict()
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
                "plan": plan,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if cycles is not UNSET:
            field_dict["cycles"] = cycles
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer = src_dict["customer"]

        plan = src_dict["plan"]

        start_date = src_dict.get("start_date", UNSET)

        quantity = src_dict.get("quantity", UNSET)

        cycles = src_dict.get("cycles", UNSET)

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

        _addons = src_dict.get("addons", UNSET)
        addons: list[SubscriptionAddonInput] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = SubscriptionAddonInput.from_dict(addons_item_data)

                addons.append(addons_item)

        subscription_create = cls(
            customer,
            plan,
            start_date,
            quantity,
            cycles,
            discounts,
            taxes,
            addons,
        )

        return subscription_create


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.discount_input import DiscountInput  # noqa: E402
from ..models.subscription_addon_input import SubscriptionAddonInput  # noqa: E402
from ..models.tax_input import TaxInput  # noqa: E402
