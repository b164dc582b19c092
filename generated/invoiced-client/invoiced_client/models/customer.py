from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_mode import CollectionMode, check_collection_mode
from ..models.customer_type import CustomerType, check_customer_type

if TYPE_CHECKING:
    from ..models.card import Card


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
        from ..models.card import Card  # noqa: PLC0415

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
        from ..models.card import Card  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        number = d.pop("number")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        type = check_customer_type(d.pop("type"))

        collection_mode = check_collection_mode(d.pop("collection_mode"))

        def _parse_payment_terms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_terms = _parse_payment_terms(d.pop("payment_terms"))

        def _parse_payment_source(data: object) -> Card | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_source_type_0 = Card.from_dict(data)

                return payment_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Card | None, data)

        payment_source = _parse_payment_source(d.pop("payment_source"))

        def _parse_attention_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attention_to = _parse_attention_to(d.pop("attention_to"))

        def _parse_address1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address1 = _parse_address1(d.pop("address1"))

        def _parse_address2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address2 = _parse_address2(d.pop("address2"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_postal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postal_code = _parse_postal_code(d.pop("postal_code"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_tax_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tax_id = _parse_tax_id(d.pop("tax_id"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_other_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        other_phone = _parse_other_phone(d.pop("other_phone"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        statement_pdf_url = d.pop("statement_pdf_url")

        created_at = d.pop("created_at")

        customer = cls(
            id=id,
            name=name,
            number=number,
            email=email,
            type=type,
            collection_mode=collection_mode,
            payment_terms=payment_terms,
            payment_source=payment_source,
            attention_to=attention_to,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
            tax_id=tax_id,
            phone=phone,
            other_phone=other_phone,
            notes=notes,
            statement_pdf_url=statement_pdf_url,
            created_at=created_at,
        )

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
