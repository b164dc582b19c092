from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class SubscriptionUpdate:
    """Changes to a subscription; `plan` is always sent, even when it stays
    the same.

        Attributes:
            plan (str): ID of the plan to bill.
            start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
            quantity (int | Unset): How many units of the plan to bill.
            addons (list[SubscriptionAddonInput] | Unset): Catalog items billed with the plan each period.
            prorate (bool | Unset): Bill a change in the middle of a period pro rata. Default: True.
    """

    plan: str
    start_date: int | Unset = UNSET
    quantity: int | Unset = UNSET
    addons: list[SubscriptionAddonInput] | Unset = UNSET
    prorate: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        start_date = self.start_date

        quantity = self.quantity

        addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item = addons_item_data.to_dict()
                addons.append(addons_item)

        prorate = self.prorate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan": plan,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if addons is not UNSET:
            field_dict["addons"] = addons
        if prorate is not UNSET:
            field_dict["prorate"] = prorate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        plan = src_dict["plan"]

        start_date = src_dict.get("start_date", UNSET)

        quantity = src_dict.get("quantity", UNSET)

        _addons = src_dict.get("addons", UNSET)
        addons: list[SubscriptionAddonInput] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = SubscriptionAddonInput.from_dict(addons_item_data)

                addons.append(addons_item)

        prorate = src_dict.get("prorate", UNSET)

        subscription_update = cls(
            plan,
            start_date,
            quantity,
            addons,
            prorate,
        )

        return subscription_update


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.subscription_addon_input import SubscriptionAddonInput  # noqa: E402
