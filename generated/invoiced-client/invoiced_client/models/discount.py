from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discount_rate_type_0 import DiscountRateType0


@_attrs_define
class Discount:
    """An amount taken off an invoice, a line item or a subscription.

    Attributes:
        id (int): Unique integer ID of an object.
        amount (float): An amount in the currency's major unit, rounded to two decimal places.
        rate (DiscountRateType0 | None): The discount rate the amount was computed from, if any.
    """

    id: int
    amount: float
    rate: DiscountRateType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount_rate_type_0 import DiscountRateType0  # noqa: PLC0415

        id = self.id

        amount = self.amount

        rate: dict[str, Any] | None
        if isinstance(self.rate, DiscountRateType0):
            rate = self.rate.to_dict()
        else:
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discount_rate_type_0 import DiscountRateType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        def _parse_rate(data: object) -> DiscountRateType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_type_0 = DiscountRateType0.from_dict(data)

                return rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountRateType0 | None, data)

        rate = _parse_rate(d.pop("rate"))

        discount = cls(
            id=id,
            amount=amount,
            rate=rate,
        )

        discount.additional_properties = d
        return discount

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
