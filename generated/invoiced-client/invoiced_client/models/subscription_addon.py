from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset({"id", "catalog_item", "quantity", "created_at"})


@_attrs_define
class SubscriptionAddon:
    """A catalog item billed with every renewal, on top of the plan.

    Attributes:
        id (int): Unique integer ID of an object.
        catalog_item (str): ID of the catalog item.
        quantity (int): How many units are billed.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: int
    catalog_item: str
    quantity: int
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        catalog_item = self.catalog_item

        quantity = self.quantity

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "catalog_item": catalog_item,
                "quantity": quantity,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        catalog_item = src_dict["catalog_item"]

        quantity = src_dict["quantity"]

        created_at = src_dict["created_at"]

        subscription_addon = cls(
            id,
            catalog_item,
            quantity,
            created_at,
        )

        if len(src_dict) > 4:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                subscription_addon.additional_properties = d
        return subscription_addon

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
