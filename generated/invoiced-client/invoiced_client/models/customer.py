from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_mode import COLLECTION_MODE_VALUES, CollectionMode, check_collection_mode
from ..models.customer_type import CUSTOMER_TYPE_VALUES, CustomerType, check_customer_type

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "number",
        "email",
        "type",
        "collection_mode",
        "payment_terms",
        "payment_source",
        "attention_to",
        "address1",
        "address2",
        "city",
        "state",
        "postal_code",
        "country",
        "tax_id",
        "phone",
        "other_phone",
        "notes",
        "statement_pdf_url",
        "created_at",
    }
)


@_attrs_define
class Customer:
    """Someone you bill, a company or a person.

    Attributes:
        id (int): Unique integer ID of an object.
        name (str): The customer's name.
        number (str): Your reference number for the customer, shown in the dashboard.
        email (None | str): Where invoices, statements and receipts are emailed.
        type (CustomerType): Whether the customer is an organisation or an individual.
        collection_mode (CollectionMode): How invoices are collected: `auto` charges the payment source,
            `manual` waits for the customer to pay.
        payment_terms (None | str): Terms for `manual` collection, such as `NET 30`.
        payment_source (Card | None): The card invoices are charged to, when one is attached.
        attention_to (None | str): Name for the ATTN line of a company's address.
        address1 (None | str): First line of the address.
        address2 (None | str): Second line of the address.
        city (None | str): City.
        state (None | str): State or province.
        postal_code (None | str): ZIP or postal code.
        country (None | str): Two-letter ISO 3166-1 country code; `US` unless another is given.
        tax_id (None | str): Tax ID printed on documents.
        phone (None | str): Phone number.
        other_phone (None | str): Second phone number.
        notes (None | str): Private notes, never shown to the customer.
        statement_pdf_url (str): Where the latest account statement can be downloaded as a PDF.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: int
    name: str
    number: str
    email: None | str
    type: CustomerType
    collection_mode: CollectionMode
    payment_terms: None | str
    payment_source: Card | None
    attention_to: None | str
    address1: None | str
    address2: None | str
    city: None | str
    state: None | str
    postal_code: None | str
    country: None | str
    tax_id: None | str
    phone: None | str
    other_phone: None | str
    notes: None | str
    statement_pdf_url: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        number = self.number

        email: None | str
        email = self.email

        type: str = self.type

        collection_mode: str = self.collection_mode

        payment_terms: None | str
        payment_terms = self.payment_terms

        payment_source: dict[str, Any] | None
        if isinstance(self.payment_source, Card):
            payment_source = self.payment_source.to_dict()
        else:
            payment_source = self.payment_source

        attention_to: None | str
        attention_to = self.attention_to

        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        postal_code: None | str
        postal_code = self.postal_code

        country: None | str
        country = self.country

        tax_id: None | str
        tax_id = self.tax_id

        phone: None | str
        phone = self.phone

        other_phone: None | str
        other_phone = self.other_phone

        notes: None | str
        notes = self.notes

        statement_pdf_url = self.statement_pdf_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "number": number,
                "email": email,
                "type": type,
                "collection_mode": collection_mode,
                "payment_terms": payment_terms,
                "payment_source": payment_source,
                "attention_to": attention_to,
                "address1": address1,
                "address2": address2,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "country": country,
                "tax_id": tax_id,
                "phone": phone,
                "other_phone": other_phone,
                "notes": notes,
                "statement_pdf_url": statement_pdf_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        name = src_dict["name"]

        number = src_dict["number"]

        email = src_dict["email"]

        type = src_dict["type"]
        if type not in CUSTOMER_TYPE_VALUES:
            type = check_customer_type(type)

        collection_mode = src_dict["collection_mode"]
        if collection_mode not in COLLECTION_MODE_VALUES:
            collection_mode = check_collection_mode(collection_mode)

        payment_terms = src_dict["payment_terms"]

        payment_source = src_dict["payment_source"]
        if isinstance(payment_source, dict):
            payment_source = Card.from_dict(payment_source)

        attention_to = src_dict["attention_to"]

        address1 = src_dict["address1"]

        address2 = src_dict["address2"]

        city = src_dict["city"]

        state = src_dict["state"]

        postal_code = src_dict["postal_code"]

        country = src_dict["country"]

        tax_id = src_dict["tax_id"]

        phone = src_dict["phone"]

        other_phone = src_dict["other_phone"]

        notes = src_dict["notes"]

        statement_pdf_url = src_dict["statement_pdf_url"]

        created_at = src_dict["created_at"]

        customer = cls(
            id,
            name,
            number,
            email,
            type,
            collection_mode,
            payment_terms,
            payment_source,
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
            statement_pdf_url,
            created_at,
        )

        if len(src_dict) > 21:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                customer.additional_properties = d
        return customer

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
from ..models.card import Card  # noqa: E402
