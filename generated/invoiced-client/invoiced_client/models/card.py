from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_funding import CARD_FUNDING_VALUES, CardFunding, check_card_funding

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset({"id", "object", "brand", "last4", "exp_month", "exp_year", "funding"})


@_attrs_define
class Card:
    """A debit or credit card used as a customer's payment source. Its
    `last4` is a string of four digits, so leading zeros are kept.

        Attributes:
            id (int): Unique integer ID of an object.
            object (Literal['card']): Always `card`.
            brand (str): The card brand, such as `Visa`.
            last4 (str): The last four digits of the card number.
            exp_month (int): Month of expiry, 1 to 12.
            exp_year (int): Year of expiry.
            funding (CardFunding): How the card is funded.
    """

    id: int
    object: Literal["card"]
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    funding: CardFunding
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object = self.object

        brand = self.brand

        last4 = self.last4

        exp_month = self.exp_month

        exp_year = self.exp_year

        funding: str = self.funding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object,
                "brand": brand,
                "last4": last4,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "funding": funding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        object = src_dict["object"]
        if object != "card":
            raise ValueError(f"object must match const 'card', got '{object}'")

        brand = src_dict["brand"]

        last4 = src_dict["last4"]

        exp_month = src_dict["exp_month"]

        exp_year = src_dict["exp_year"]

        funding = src_dict["funding"]
        if funding not in CARD_FUNDING_VALUES:
            funding = check_card_funding(funding)

        card = cls(
            id,
            object,
            brand,
            last4,
            exp_month,
            exp_year,
            funding,
        )

        if len(src_dict) > 7:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                card.additional_properties = d
        return card

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
