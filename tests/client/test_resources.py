"""Every operation of the spec through the resource interface, on the real sandbox; one method per operation."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from collections.abc import Callable

import pytest
from invoiced_client import (
    AsyncInvoicedClient,
    InvalidArgumentError,
    InvoicedClient,
    InvoicedError,
    NotFoundError,
)
from invoiced_client.models import Balance, Customer, CustomerUpdate, Invoice, LineItemInput, Subscription

from invoiced_spec import load_spec, operations, resource_name
from tests.client.recorder import Recorder

SPEC = load_spec()
SPEC_OPERATIONS = {
    (operation.method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[0-9]+", operation.path) + "$")): (
        operation.operation_id
    )
    for operation in operations(SPEC)
}
RESOURCES = sorted({resource_name(operation.tag) for operation in operations(SPEC)})


def _operations_reached(recorder: Recorder) -> set[str]:
    return {
        operation_id
        for method, path, status in recorder.calls
        for (spec_method, pattern), operation_id in SPEC_OPERATIONS.items()
        if 200 <= status < 300 and method == spec_method and pattern.match(path)
    }


def _public_methods(resource: object) -> set[str]:
    return {name for name, _ in inspect.getmembers(resource, callable) if not name.startswith("_")}


def test_every_operation_has_exactly_one_method() -> None:
    client = InvoicedClient("key")
    methods: dict[str, list[str]] = {}
    for attribute in RESOURCES:
        module = importlib.import_module(f"invoiced_client.resources.{attribute}")
        resource = getattr(client, attribute)
        assert _public_methods(resource) - {"with_raw_response"} == set(module.OPERATIONS), attribute
        for name, operation_id in module.OPERATIONS.items():
            methods.setdefault(operation_id, []).append(f"{attribute}.{name}")
    spec_ids = [operation.operation_id for operation in operations(SPEC)]
    assert sorted(methods) == sorted(spec_ids)
    assert all(len(found) == 1 for found in methods.values()), methods


def test_the_async_client_has_the_same_methods() -> None:
    sync, async_ = InvoicedClient("key"), AsyncInvoicedClient("key")
    for attribute in RESOURCES:
        methods = _public_methods(getattr(sync, attribute))
        assert _public_methods(getattr(async_, attribute)) == methods
        assert _public_methods(getattr(sync, attribute).with_raw_response) == methods - {"with_raw_response"}
        assert _public_methods(getattr(async_, attribute).with_raw_response) == methods - {"with_raw_response"}


@pytest.mark.parametrize(
    ("operation_id", "method"),
    [
        ("createInvoice", "invoices.create"),
        ("payInvoice", "invoices.pay"),
        ("retrieveCustomerBalance", "customers.retrieve_balance"),
        ("listCustomerSubscriptions", "customers.list_subscriptions"),
        ("sendTransactionReceipt", "transactions.send_receipt"),
        ("cancelSubscription", "subscriptions.cancel"),
        ("listCustomers", "customers.list"),
    ],
)
def test_the_naming_rule(operation_id: str, method: str) -> None:
    attribute, name = method.split(".")
    module = importlib.import_module(f"invoiced_client.resources.{attribute}")
    assert module.OPERATIONS[name] == operation_id


def _customers(client: InvoicedClient) -> None:
    acme = client.customers.create(name="Acme", email="billing@acme.test", type="company", idempotency_key="acme-1")
    assert isinstance(acme, Customer) and acme.name == "Acme" and acme.type == "company"
    assert client.customers.retrieve(acme.id).number == acme.number
    updated = client.customers.update(acme.id, notes="Key account", email=None)
    assert updated.notes == "Key account" and updated.email is None
    assert [c.id for c in client.customers.list()] == [acme.id]
    assert isinstance(client.customers.retrieve_balance(acme.id), Balance)
    emails = client.customers.send_statement(acme.id, to=[{"email": "ap@acme.test", "name": "Accounts"}])
    assert [email.email for email in emails] == ["ap@acme.test"]
    assert client.customers.list_subscriptions(acme.id).data == []
    client.customers.delete(acme.id)
    with pytest.raises(NotFoundError):
        client.customers.retrieve(acme.id)


def _invoices(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Payer", email="pay@payer.test", stripe_token="tok_visa")
    invoice = client.invoices.create(
        customer=customer.id, collection_mode="auto", items=[LineItemInput(name="Models work too", unit_cost=12)]
    )
    assert invoice.customer_id == customer.id and invoice.total == 12
    assert client.invoices.retrieve(invoice.id).total == invoice.total
    assert client.invoices.update(invoice.id, notes="Thanks").notes == "Thanks"
    assert [i.id for i in client.invoices.list()] == [invoice.id]
    assert len(client.invoices.send(invoice.id)) == 1
    paid = client.invoices.pay(invoice.id, idempotency_key=f"pay-{invoice.id}")
    assert paid.paid is True and paid.balance == 0
    client.invoices.delete(invoice.id)
    with pytest.raises(NotFoundError):
        client.invoices.retrieve(invoice.id)


def _transactions(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Cash Co", email="cash@co.test")
    invoice = client.invoices.create(customer=customer.id, items=[{"name": "Work", "unit_cost": 100}])
    payment = client.transactions.create(type="payment", invoice=invoice.id)
    assert payment.amount == invoice.balance and payment.invoice_id == invoice.id
    assert client.transactions.retrieve(payment.id).invoice == invoice.id
    assert client.transactions.update(payment.id, notes="check").notes == "check"
    assert [t.id for t in client.transactions.list()] == [payment.id]
    assert len(client.transactions.send_receipt(payment.id)) == 1
    refund = client.transactions.refund(payment.id, amount=10)
    assert refund.type == "refund" and refund.parent_transaction == payment.id
    client.transactions.delete(payment.id)
    with pytest.raises(NotFoundError):
        client.transactions.retrieve(payment.id)


def _subscriptions(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Subscriber")
    subscription = client.subscriptions.create(
        customer=customer.id, plan="starter", addons=[{"catalog_item": "ipad-license", "quantity": 2}]
    )
    assert isinstance(subscription, Subscription) and subscription.plan == "starter"
    assert client.subscriptions.retrieve(subscription.id).customer == customer.id
    assert client.subscriptions.update(subscription.id, plan="pro").plan == "pro"
    assert [s.id for s in client.subscriptions.list()] == [subscription.id]
    assert [s.id for s in client.customers.list_subscriptions(customer.id)] == [subscription.id]
    client.subscriptions.cancel(subscription.id)
    with pytest.raises(NotFoundError):
        client.subscriptions.retrieve(subscription.id)


def test_every_operation_goes_through_the_client(client: InvoicedClient, recorder: Recorder) -> None:
    _customers(client)
    _invoices(client)
    _transactions(client)
    _subscriptions(client)
    assert _operations_reached(recorder) == set(SPEC_OPERATIONS.values())


def test_filters_sort_and_expand(client: InvoicedClient) -> None:
    person = client.customers.create(name="Pat", type="person")
    company = client.customers.create(name="Big Co", type="company")
    assert [c.id for c in client.customers.list(filter={"type": "person"})] == [person.id]
    assert [c.id for c in client.customers.list(filter={"number": company.number, "name": "Pat"})] == []
    assert [c.name for c in client.customers.list(sort="name desc")] == ["Pat", "Big Co"]
    draft = client.invoices.create(customer=person.id, draft=True, items=[{"name": "A", "unit_cost": 1}])
    issued = client.invoices.create(customer=company.id, items=[{"name": "B", "unit_cost": 2}])
    assert [i.id for i in client.invoices.list(filter={"paid": False, "customer": company.id})] == [issued.id]
    assert [i.id for i in client.invoices.list(filter={"draft": True})] == [draft.id]
    payment = client.transactions.create(type="payment", invoice=issued.id, amount=1)
    expanded = client.transactions.retrieve(payment.id, expand=["customer", "invoice"])
    assert expanded.expanded_customer.id == company.id and expanded.invoice_id == issued.id
    assert expanded.expanded_invoice is not None and expanded.expanded_invoice.total == issued.total
    plain = client.invoices.retrieve(issued.id)
    assert plain.customer_id == company.id
    with pytest.raises(InvoicedError, match=r'expand=\["customer"\]'):
        plain.expanded_customer  # noqa: B018
    subscription = client.subscriptions.create(customer=person.id, plan="pro")
    listed = client.customers.list_subscriptions(person.id, expand=["customer"])
    assert [s.expanded_customer.name for s in listed] == ["Pat"]
    assert client.subscriptions.retrieve(subscription.id, expand=["customer"]).expanded_customer.id == person.id


def test_wrong_enum_values_fail_before_sending(client: InvoicedClient, recorder: Recorder) -> None:
    cases: list[tuple[Callable[[], object], str, str]] = [
        (lambda: client.customers.create(name="X", type="martian"), "type", "'company', 'person'"),  # type: ignore[arg-type]
        (lambda: client.customers.list(sort="colour"), "sort", "'name desc'"),  # type: ignore[arg-type]
        (lambda: client.invoices.list(expand=["owner"]), "expand[0]", "'customer'"),  # type: ignore[list-item]
        (lambda: client.transactions.list(filter={"type": "gift"}), "filter[type]", "'payment'"),  # type: ignore[arg-type]
        (
            lambda: client.invoices.create(customer=1, items=[{"name": "A", "type": "thing"}]),  # type: ignore[list-item]
            "items[0][type]",
            "'product'",
        ),
    ]
    for call, param, listed in cases:
        with pytest.raises(InvalidArgumentError) as raised:
            call()
        assert raised.value.param == param
        assert listed in raised.value.message and isinstance(raised.value, ValueError)
    assert recorder.calls == []


def test_none_clears_and_unset_leaves_alone(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Nulls", phone="555-0100", notes="keep")
    cleared = client.customers.update(customer.id, phone=None)
    assert cleared.phone is None and cleared.notes == "keep"
    assert CustomerUpdate().to_dict() == {}


def test_raw_responses(client: InvoicedClient) -> None:
    raw = client.customers.with_raw_response.create(name="Raw")
    assert raw.status_code == 201 and raw.headers["Location"].endswith(f"/customers/{raw.parse().id}")
    fetched = client.customers.with_raw_response.retrieve(raw.parse().id)
    assert fetched.status_code == fetched.status == 200 and fetched.parse().name == "Raw"
    assert fetched.parse() is fetched.parse() and fetched.headers["content-type"].startswith("application/json")
    page = client.customers.with_raw_response.list(per_page=1)
    assert page.headers["X-Total-Count"] == "1" and [c.name for c in page.parse().data] == ["Raw"]
    deleted = client.customers.with_raw_response.delete(raw.parse().id)
    assert deleted.status_code == 204 and deleted.parse() is None
    with pytest.raises(NotFoundError):
        client.customers.with_raw_response.retrieve(raw.parse().id)


def test_async_resources(async_client: AsyncInvoicedClient, recorder: Recorder) -> None:
    async def run() -> tuple[Customer, list[Customer], Invoice | None, int]:
        async with async_client as client:
            customer = await client.customers.create(name="Async Co")
            listed = [c async for c in client.customers.list(filter={"name": "Async Co"})]
            invoice = await client.invoices.create(customer=customer.id, items=[{"name": "X", "unit_cost": 3}])
            payment = await client.transactions.create(type="payment", invoice=invoice.id)
            expanded = await client.transactions.retrieve(payment.id, expand=["invoice"])
            raw = await client.customers.with_raw_response.retrieve(customer.id)
            raw_page = await client.customers.with_raw_response.list()
            assert [c.id for c in raw_page.parse().data] == [customer.id]
            await client.customers.delete(customer.id)
            return customer, listed, expanded.expanded_invoice, raw.status_code

    customer, listed, invoice, status = asyncio.run(run())
    assert [c.id for c in listed] == [customer.id] and status == 200
    assert invoice is not None and invoice.total == 3
    assert ("DELETE", f"/customers/{customer.id}", 204) in recorder.calls
