from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..models.customer_type import CustomerType, check_customer_type
from ..types import UNSET, Unset


@_attrs_define
class CustomerFilter:
    """Customer attributes to match exactly.

    Attributes:
        name (str | Unset): Only customers with exactly this name.
        number (str | Unset): Only the customer with this reference number.
        email (str | Unset): Only customers with this email address.
        type (CustomerType | Unset): Whether the customer is an organisation or an individual.
        collection_mode (CollectionMode | Unset): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        payment_terms (str | Unset): Only customers with these payment terms, such as `NET 30`.
        country (str | Unset): Two-letter ISO 3166-1 alpha-2 country code.
        state (str | Unset): Only customers in this state or province.
        city (str | Unset): Only customers in this city.
        postal_code (str | Unset): Only customers with this postal code.
        tax_id (str | Unset): Only customers with this tax ID.
    """

    name: str | Unset = UNSET
    number: str | Unset = UNSET
    email: str | Unset = UNSET
    type: CustomerType | Unset = UNSET
    collection_mode: CollectionMode | Unset = UNSET
    payment_terms: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    tax_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        email = self.email

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        collection_mode: str | Unset = UNSET
        if not isinstance(self.collection_mode, Unset):
            collection_mode = self.collection_mode

        payment_terms = self.payment_terms

        country = self.country

        state = self.state

        city = self.city

        postal_code = self.postal_code

        tax_id = self.tax_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if email is not UNSET:
            field_dict["email"] = email
        if type is not UNSET:
            field_dict["type"] = type
        if collection_mode is not UNSET:
            field_dict["collection_mode"] = collection_mode
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        number = src_dict.get("number", UNSET)

        email = src_dict.get("email", UNSET)

        _type = src_dict.get("type", UNSET)
        type: CustomerType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_customer_type(_type)

        _collection_mode = src_dict.get("collection_mode", UNSET)
        collection_mode: CollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = check_collection_mode(_collection_mode)

        payment_terms = src_dict.get("payment_terms", UNSET)

        country = src_dict.get("country", UNSET)

        state = src_dict.get("state", UNSET)

        city = src_dict.get("city", UNSET)

        postal_code = src_dict.get("postal_code", UNSET)

        tax_id = src_dict.get("tax_id", UNSET)

        customer_filter = cls(
            name,
            number,
            email,
            type,
            collection_mode,
            payment_terms,
            country,
            state,
            city,
            postal_code,
            tax_id,
        )

        return customer_filter
