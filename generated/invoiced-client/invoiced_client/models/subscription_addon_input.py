from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class SubscriptionAddonInput:
    """A catalog item to bill with every renewal; `quantity` defaults to 1.

    Attributes:
        catalog_item (str): ID of the catalog item.
        quantity (int | Unset): How many units are billed. Default: 1.
    """

    catalog_item: str
    quantity: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        catalog_item = self.catalog_item

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "catalog_item": catalog_item,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        catalog_item = src_dict["catalog_item"]

        quantity = src_dict.get("quantity", UNSET)

        subscription_addon_input = cls(
            catalog_item,
            quantity,
        )

        return subscription_addon_input
