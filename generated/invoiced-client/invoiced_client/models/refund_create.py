from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class RefundCreate:
    """How much to refund.

    Attributes:
        amount (float): The amount to refund, at least 0.01; with earlier refunds, at most the original amount.
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

        refund_create = cls(
            amount,
        )

        return refund_create
