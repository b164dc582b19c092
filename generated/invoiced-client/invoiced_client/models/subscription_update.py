from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_addon_input import SubscriptionAddonInput


T = TypeVar("T", bound="SubscriptionUpdate")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_addon_input import SubscriptionAddonInput  # noqa: PLC0415

        d = dict(src_dict)
        plan = d.pop("plan")

        start_date = d.pop("start_date", UNSET)

        quantity = d.pop("quantity", UNSET)

        _addons = d.pop("addons", UNSET)
        addons: list[SubscriptionAddonInput] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = SubscriptionAddonInput.from_dict(addons_item_data)

                addons.append(addons_item)

        prorate = d.pop("prorate", UNSET)

        subscription_update = cls(
            plan=plan,
            start_date=start_date,
            quantity=quantity,
            addons=addons,
            prorate=prorate,
        )

        return subscription_update
