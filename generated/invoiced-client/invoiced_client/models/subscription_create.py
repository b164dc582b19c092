from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_input import DiscountInput
    from ..models.subscription_addon_input import SubscriptionAddonInput
    from ..models.tax_input import TaxInput


T = TypeVar("T", bound="SubscriptionCreate")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_input import DiscountInput  # noqa: PLC0415
        from ..models.subscription_addon_input import SubscriptionAddonInput  # noqa: PLC0415
        from ..models.tax_input import TaxInput  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("customer")

        plan = d.pop("plan")

        start_date = d.pop("start_date", UNSET)

        quantity = d.pop("quantity", UNSET)

        def _parse_cycles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cycles = _parse_cycles(d.pop("cycles", UNSET))

        _discounts = d.pop("discounts", UNSET)
        discounts: list[DiscountInput] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = DiscountInput.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[TaxInput] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxInput.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _addons = d.pop("addons", UNSET)
        addons: list[SubscriptionAddonInput] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = SubscriptionAddonInput.from_dict(addons_item_data)

                addons.append(addons_item)

        subscription_create = cls(
            customer=customer,
            plan=plan,
            start_date=start_date,
            quantity=quantity,
            cycles=cycles,
            discounts=discounts,
            taxes=taxes,
            addons=addons,
        )

        return subscription_create
