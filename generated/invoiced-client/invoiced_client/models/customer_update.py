from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..models.customer_type import CustomerType, check_customer_type
from ..types import UNSET, Unset


@_attrs_define
class CustomerUpdate:
    """The customer attributes to change; all are optional.

    Attributes:
        name (str | Unset): The customer's name.
        number (str | Unset): Your reference number for the customer.
        type (CustomerType | Unset): Whether the customer is an organisation or an individual.
        email (None | str | Unset): Where invoices, statements and receipts are emailed.
        collection_mode (CollectionMode | Unset): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        payment_terms (None | str | Unset): Terms for `manual` collection, such as `NET 30`.
        stripe_token (str | Unset): A card tokenised by Stripe. It sets the customer's payment source.
        attention_to (None | str | Unset): Name for the ATTN line of a company's address.
        address1 (None | str | Unset): First line of the address.
        address2 (None | str | Unset): Second line of the address.
        city (None | str | Unset): City.
        state (None | str | Unset): State or province.
        postal_code (None | str | Unset): ZIP or postal code.
        country (None | str | Unset): Two-letter ISO 3166-1 alpha-2 code of the customer's country.
        tax_id (None | str | Unset): Tax ID printed on documents.
        phone (None | str | Unset): Phone number.
        other_phone (None | str | Unset): Second phone number.
        notes (None | str | Unset): Private notes, never shown to the customer.
    """

    name: str | Unset = UNSET
    number: str | Unset = UNSET
    type: CustomerType | Unset = UNSET
    email: None | str | Unset = UNSET
    collection_mode: CollectionMode | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    stripe_token: str | Unset = UNSET
    attention_to: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    other_phone: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        collection_mode: str | Unset = UNSET
        if not isinstance(self.collection_mode, Unset):
            collection_mode = self.collection_mode

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        stripe_token = self.stripe_token

        attention_to: None | str | Unset
        if isinstance(self.attention_to, Unset):
            attention_to = UNSET
        else:
            attention_to = self.attention_to

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        other_phone: None | str | Unset
        if isinstance(self.other_phone, Unset):
            other_phone = UNSET
        else:
            other_phone = self.other_phone

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if type is not UNSET:
            field_dict["type"] = type
        if email is not UNSET:
            field_dict["email"] = email
        if collection_mode is not UNSET:
            field_dict["collection_mode"] = collection_mode
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if stripe_token is not UNSET:
            field_dict["stripe_token"] = stripe_token
        if attention_to is not UNSET:
            field_dict["attention_to"] = attention_to
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if other_phone is not UNSET:
            field_dict["other_phone"] = other_phone
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        number = src_dict.get("number", UNSET)

        _type = src_dict.get("type", UNSET)
        type: CustomerType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_customer_type(_type)

        email = src_dict.get("email", UNSET)

        _collection_mode = src_dict.get("collection_mode", UNSET)
        collection_mode: CollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = check_collection_mode(_collection_mode)

        payment_terms = src_dict.get("payment_terms", UNSET)

        stripe_token = src_dict.get("stripe_token", UNSET)

        attention_to = src_dict.get("attention_to", UNSET)

        address1 = src_dict.get("address1", UNSET)

        address2 = src_dict.get("address2", UNSET)

        city = src_dict.get("city", UNSET)

        state = src_dict.get("state", UNSET)

        postal_code = src_dict.get("postal_code", UNSET)

        country = src_dict.get("country", UNSET)

        tax_id = src_dict.get("tax_id", UNSET)

        phone = src_dict.get("phone", UNSET)

        other_phone = src_dict.get("other_phone", UNSET)

        notes = src_dict.get("notes", UNSET)

        customer_update = cls(
            name,
            number,
            type,
            email,
            collection_mode,
            payment_terms,
            stripe_token,
            attention_to,
            address1,
            address2,
            city,
            state,
            postal_code,
            country,
            tax_id,
            phone,
            other_phone,
            notes,
        )

        return customer_update
