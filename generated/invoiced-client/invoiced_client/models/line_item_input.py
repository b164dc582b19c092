from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.line_item_type import LineItemType, check_line_item_type
from ..types import UNSET, Unset


@_attrs_define
class LineItemInput:
    """A line to put on an invoice. Give `name` (and a `unit_cost`, which
    defaults to 0), or a `catalog_item` whose name, type and price are
    used for whatever the line leaves out. `quantity` defaults to 1 and
    `type` to `product`.

    A line with neither `name` nor `catalog_item` is answered `400` with
    `param` naming the line's `name` (`items[0][name]`), and nothing is
    created. The rule spans two fields, so it is stated in
    `x-crossFieldRules` rather than in this schema's keywords.

        Attributes:
            catalog_item (str | Unset): ID of a catalog item to fill the line from.
            type (LineItemType | Unset): What the line bills for.
            name (str | Unset): The line's title.
            description (None | str | Unset): Optional longer description.
            quantity (float | Unset): How many units. Default: 1.0.
            unit_cost (float | Unset): Price or rate of one unit.
            discounts (list[DiscountInput] | Unset): Discounts on this line alone.
            taxes (list[TaxInput] | Unset): Taxes on this line alone.
    """

    catalog_item: str | Unset = UNSET
    type: LineItemType | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    quantity: float | Unset = 1.0
    unit_cost: float | Unset = UNSET
    discounts: list[DiscountInput] | Unset = UNSET
    taxes: list[TaxInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        catalog_item = self.catalog_item

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        quantity = self.quantity

        unit_cost = self.unit_cost

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if catalog_item is not UNSET:
            field_dict["catalog_item"] = catalog_item
        if type is not UNSET:
            field_dict["type"] = type
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        catalog_item = src_dict.get("catalog_item", UNSET)

        _type = src_dict.get("type", UNSET)
        type: LineItemType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_line_item_type(_type)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        quantity = src_dict.get("quantity", UNSET)

        unit_cost = src_dict.get("unit_cost", UNSET)

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

        line_item_input = cls(
            catalog_item,
            type,
            name,
            description,
            quantity,
            unit_cost,
            discounts,
            taxes,
        )

        return line_item_input


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.discount_input import DiscountInput  # noqa: E402
from ..models.tax_input import TaxInput  # noqa: E402
