from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset({"id", "amount", "rate"})


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
        id = src_dict["id"]

        amount = src_dict["amount"]

        rate = src_dict["rate"]
        if isinstance(rate, dict):
            rate = DiscountRateType0.from_dict(rate)

        discount = cls(
            id,
            amount,
            rate,
        )

        if len(src_dict) > 3:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

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


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.discount_rate_type_0 import DiscountRateType0  # noqa: E402
