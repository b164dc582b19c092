from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TaxInput")


@_attrs_define
class TaxInput:
    """A tax to apply, as a fixed amount.

    Attributes:
        amount (float): The amount of tax to add.
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        tax_input = cls(
            amount=amount,
        )

        return tax_input
