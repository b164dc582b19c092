from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class DiscountInput:
    """A discount to apply, as a fixed amount.

    Attributes:
        amount (float): The amount to take off.
    """

    amount: float

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        amount = src_dict["amount"]

        discount_input = cls(
            amount,
        )

        return discount_input
