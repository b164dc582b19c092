from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset({"available_credits", "past_due", "total_outstanding"})


@_attrs_define
class Balance:
    """What a customer owes and the credit they hold.

    Attributes:
        available_credits (float): Credit on the account: the negated sum of the customer's
            adjustments, never below zero (an adjustment of -50 is 50 of
            credit).
        past_due (bool): Whether an outstanding invoice is past its due date.
        total_outstanding (float): The sum of the balances of the customer's outstanding invoices (not drafts,
            not closed).
    """

    available_credits: float
    past_due: bool
    total_outstanding: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_credits = self.available_credits

        past_due = self.past_due

        total_outstanding = self.total_outstanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_credits": available_credits,
                "past_due": past_due,
                "total_outstanding": total_outstanding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        available_credits = src_dict["available_credits"]

        past_due = src_dict["past_due"]

        total_outstanding = src_dict["total_outstanding"]

        balance = cls(
            available_credits,
            past_due,
            total_outstanding,
        )

        if len(src_dict) > 3:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                balance.additional_properties = d
        return balance

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
