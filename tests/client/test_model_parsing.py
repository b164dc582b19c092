"""Models parse the sandbox's answers field for field: `to_dict()` gives the answer back, and keys the spec
does not name land in `additional_properties`, whether or not the model has optional fields.

`from_dict` is specialised per model for speed (positional construction, the extra-key scan skipped when
an answer holds no more keys than the required ones), so these pin down what it must still do.
"""

from __future__ import annotations

from typing import Any

from invoiced_client import InvoicedClient
from invoiced_client.models import Card, Customer, Invoice, LineItem
from invoiced_client.types import UNSET


def _raw_customers(client: InvoicedClient) -> list[dict[str, Any]]:
    answer = client.customers.with_raw_response.list(per_page=100)
    body = answer.http_response.json()
    assert isinstance(body, list)
    return body


def test_a_page_round_trips(client: InvoicedClient) -> None:
    client.customers.create(name="With card", email="card@example.test", stripe_token="tok_visa")
    client.customers.create(name="Without card", type="person")
    raw = _raw_customers(client)
    assert len(raw) == 2
    for item in raw:
        customer = Customer.from_dict(item)
        assert customer.to_dict() == item
        assert customer.additional_properties == {}
        assert customer.id == item["id"]
        assert customer.name == item["name"]
        assert customer.type == item["type"]
    with_card = next(Customer.from_dict(item) for item in raw if item["payment_source"] is not None)
    assert isinstance(with_card.payment_source, Card)
    assert with_card.payment_source.to_dict() == next(
        item["payment_source"] for item in raw if item["name"] == "With card"
    )


def test_unknown_keys_go_to_additional_properties(client: InvoicedClient) -> None:
    client.customers.create(name="Acme", stripe_token="tok_visa")
    item = _raw_customers(client)[0]
    answer = {**item, "loyalty_tier": "gold", "payment_source": {**item["payment_source"], "wallet": "apple_pay"}}
    customer = Customer.from_dict(answer)
    assert customer.additional_properties == {"loyalty_tier": "gold"}
    assert customer["loyalty_tier"] == "gold"
    assert isinstance(customer.payment_source, Card)
    assert customer.payment_source.additional_properties == {"wallet": "apple_pay"}
    assert customer.to_dict() == answer


def test_an_unknown_enum_value_fails_clearly(client: InvoicedClient) -> None:
    client.customers.create(name="Acme")
    item = _raw_customers(client)[0]
    try:
        Customer.from_dict({**item, "type": "robot"})
    except TypeError as error:
        assert "robot" in str(error)
    else:
        raise AssertionError("an unknown enum value was accepted")


def test_optional_fields_with_and_without_extra_keys(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Acme")
    invoice = client.invoices.create(
        customer=customer.id, items=[{"name": "Copy paper", "quantity": 2, "unit_cost": 45}]
    )
    raw_invoice = client.invoices.with_raw_response.retrieve(invoice.id).http_response.json()
    assert Invoice.from_dict(raw_invoice).to_dict() == raw_invoice
    item = raw_invoice["items"][0]
    # A line item's `plan` is optional: missing, it is UNSET; an extra key is found even when the answer
    # holds exactly as many keys as the model has fields.
    without_plan = {key: value for key, value in item.items() if key != "plan"}
    parsed = LineItem.from_dict(without_plan)
    assert parsed.plan is UNSET
    assert parsed.additional_properties == {}
    swapped = {**without_plan, "colour": "blue"}
    parsed = LineItem.from_dict(swapped)
    assert parsed.plan is UNSET
    assert parsed.additional_properties == {"colour": "blue"}
    assert parsed.to_dict() == swapped
