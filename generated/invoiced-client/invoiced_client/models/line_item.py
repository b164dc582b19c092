from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_type import LineItemType, check_line_item_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.tax import Tax


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
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_catalog_item(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        catalog_item = _parse_catalog_item(d.pop("catalog_item"))

        type = check_line_item_type(d.pop("type"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        quantity = d.pop("quantity")

        unit_cost = d.pop("unit_cost")

        amount = d.pop("amount")

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

        def _parse_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        line_item = cls(
            id=id,
            catalog_item=catalog_item,
            type=type,
            name=name,
            description=description,
            quantity=quantity,
            unit_cost=unit_cost,
            amount=amount,
            discounts=discounts,
            taxes=taxes,
            plan=plan,
        )

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
