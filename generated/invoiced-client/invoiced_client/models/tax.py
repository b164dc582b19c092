from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tax_rate_type_0 import TaxRateType0


@_attrs_define
class Tax:
    """An amount of tax added to an invoice, a line item or a subscription.

    Attributes:
        id (int): Unique integer ID of an object.
        amount (float): An amount in the currency's major unit, rounded to two decimal places.
        rate (None | TaxRateType0): The tax rate the amount was computed from, if any.
    """

    id: int
    amount: float
    rate: None | TaxRateType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tax_rate_type_0 import TaxRateType0  # noqa: PLC0415

        id = self.id

        amount = self.amount

        rate: dict[str, Any] | None
        if isinstance(self.rate, TaxRateType0):
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
        from ..models.tax_rate_type_0 import TaxRateType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        def _parse_rate(data: object) -> None | TaxRateType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_type_0 = TaxRateType0.from_dict(data)

                return rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxRateType0, data)

        rate = _parse_rate(d.pop("rate"))

        tax = cls(
            id=id,
            amount=amount,
            rate=rate,
        )

        tax.additional_properties = d
        return tax

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
