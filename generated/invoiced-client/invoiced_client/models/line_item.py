from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_type import LINE_ITEM_TYPE_VALUES, LineItemType, check_line_item_type
from ..types import UNSET, Unset

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "catalog_item",
        "type",
        "name",
        "description",
        "quantity",
        "unit_cost",
        "amount",
        "discounts",
        "taxes",
        "plan",
    }
)


@_attrs_define
class LineItem:
    """One line of an invoice.

    Attributes:
        id (int): Unique integer ID of an object.
        catalog_item (None | str): The catalog item the line was filled from, if any.
        type (LineItemType): What the line bills for.
        name (str): The line's title.
        description (None | str): Optional longer description.
        quantity (float): How many units.
        unit_cost (float): Price or rate of one unit.
        amount (float): An amount in the currency's major unit, rounded to two decimal places.
        discounts (list[Discount]):
        taxes (list[Tax]):
        plan (None | str | Unset): The plan billed, present only on lines of type `plan`.
    """

    id: int
    catalog_item: None | str
    type: LineItemType
    name: str
    description: None | str
    quantity: float
    unit_cost: float
    amount: float
    discounts: list[Discount]
    taxes: list[Tax]
    plan: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        catalog_item: None | str
        catalog_item = self.catalog_item

        type: str = self.type

        name = self.name

        description: None | str
        description = self.description

        quantity = self.quantity

        unit_cost = self.unit_cost

        amount = self.amount

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "catalog_item": catalog_item,
                "type": type,
                "name": name,
                "description": description,
                "quantity": quantity,
                "unit_cost": unit_cost,
                "amount": amount,
                "discounts": discounts,
                "taxes": taxes,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        catalog_item = src_dict["catalog_item"]

        type = src_dict["type"]
        if type not in LINE_ITEM_TYPE_VALUES:
            type = check_line_item_type(type)

        name = src_dict["name"]

        description = src_dict["description"]

        quantity = src_dict["quantity"]

        unit_cost = src_dict["unit_cost"]

        amount = src_dict["amount"]

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

        plan = src_dict.get("plan", UNSET)

        line_item = cls(
            id,
            catalog_item,
            type,
            name,
            description,
            quantity,
            unit_cost,
            amount,
            discounts,
            taxes,
            plan,
        )

        if len(src_dict) > 10:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                line_item.additional_properties = d
        return line_item

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
from ..models.discount import Discount  # noqa: E402
from ..models.tax import Tax  # noqa: E402
